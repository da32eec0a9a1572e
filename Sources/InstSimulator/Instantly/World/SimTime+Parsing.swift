import InstTransport

extension SimTime {
    static let dayMilliseconds: Int64 = 86_400_000

    /// Midnight UTC of a `2026-11-02` date (the leading date of an ISO timestamp is accepted too).
    init?(date text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count >= 10, parts.count == 3, let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]),
            (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(milliseconds: CivilDate(year: year, month: month, day: day).daysSince1970 * Self.dayMilliseconds)
    }

    /// `2026-11-02T14:00:00.000Z` (seconds and milliseconds optional); a bare date is midnight UTC.
    init?(iso8601 text: String) {
        guard let midnight = SimTime(date: text) else { return nil }
        let time = text.dropFirst(11).prefix(12)
        guard !time.isEmpty else { self = midnight; return }
        let fields = time.split(whereSeparator: { $0 == ":" || $0 == "." || $0 == "Z" })
        let values = fields.compactMap { Int64($0) }
        guard values.count >= 2, values.count == fields.count, values.allSatisfy({ (0...999).contains($0) }) else { return nil }
        let seconds = values.count > 2 ? values[2] : 0
        let millis = values.count > 3 ? values[3] : 0
        self.init(milliseconds: midnight.milliseconds + values[0] * 3_600_000 + values[1] * 60_000 + seconds * 1000 + millis)
    }

    func adding(milliseconds delta: Int64) -> SimTime {
        SimTime(milliseconds: milliseconds + delta)
    }
}
