import Foundation

/// When a campaign may send: its `campaign_schedule` windows (`timing.from`–`timing.to` on the `days`
/// "0" Sunday … "6" Saturday, in each window's `timezone`), between `start_date` and `end_date`, one
/// slot every `email_gap` minutes.
struct SendingSchedule: Sendable {
    struct Window: Sendable {
        var fromMinute: Int64
        var toMinute: Int64
        var days: Set<Int>
        var zone: TimeZone
    }

    var windows: [Window]
    var startDate: String?
    var endDate: String?
    var gap: Int64

    init(campaign: JSONObject) {
        let schedule = campaign["campaign_schedule"]?.objectValue ?? JSONObject()
        startDate = schedule["start_date"]?.stringValue
        endDate = schedule["end_date"]?.stringValue
        gap = Int64(min(1440, max(1, campaign["email_gap"]?.intValue ?? 10))) * 60_000
        windows = (schedule["schedules"]?.arrayValue ?? []).compactMap { entry in
            guard let entry = entry.objectValue,
                let from = entry["timing"]?["from"]?.stringValue.flatMap(Self.minutes),
                let to = entry["timing"]?["to"]?.stringValue.flatMap(Self.minutes), from < to
            else { return nil }
            var days = Set<Int>()
            for (key, value) in entry["days"]?.objectValue ?? JSONObject() where value.boolValue == true {
                if let day = Int(key), (0...6).contains(day) { days.insert(day) }
            }
            let zone = entry["timezone"]?.stringValue.flatMap(TimeZone.init(identifier:)) ?? TimeZone(secondsFromGMT: 0)
            guard let zone, !days.isEmpty else { return nil }
            return Window(fromMinute: from, toMinute: to, days: days, zone: zone)
        }
    }

    /// `"09:30"` → 570.
    private static func minutes(_ text: String) -> Int64? {
        let parts = text.split(separator: ":")
        guard parts.count >= 2, let hour = Int64(parts[0]), let minute = Int64(parts[1]), (0...24).contains(hour), (0...59).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    /// The first sending slot at or after `time`, looking at most two weeks ahead.
    func nextSlot(atOrAfter time: SimTime) -> SimTime? {
        windows.compactMap { nextSlot(in: $0, atOrAfter: time) }.min()
    }

    private func nextSlot(in window: Window, atOrAfter time: SimTime) -> SimTime? {
        let day = SimTime.dayMilliseconds
        let firstLocalDay = Self.localDay(of: time, in: window.zone)
        for localDay in firstLocalDay...(firstLocalDay + 14) {
            let midnight = SimTime(milliseconds: localDay * day)
            guard window.days.contains(midnight.weekday), isWithinDates(midnight.date) else { continue }
            // The window's edges in UTC, using the zone's offset at that local time.
            let offset = Int64(window.zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(midnight.milliseconds) / 1000 + 43_200))) * 1000
            let start = localDay * day + window.fromMinute * 60_000 - offset
            let end = localDay * day + window.toMinute * 60_000 - offset
            guard time.milliseconds < end else { continue }
            if time.milliseconds <= start { return SimTime(milliseconds: start) }
            let steps = (time.milliseconds - start + gap - 1) / gap
            let slot = start + steps * gap
            if slot < end { return SimTime(milliseconds: slot) }
        }
        return nil
    }

    private func isWithinDates(_ date: String) -> Bool {
        if let startDate, date < String(startDate.prefix(10)) { return false }
        if let endDate, date > String(endDate.prefix(10)) { return false }
        return true
    }

    /// Days since the epoch of `time`'s local date in `zone`.
    static func localDay(of time: SimTime, in zone: TimeZone) -> Int64 {
        let offset = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(time.milliseconds) / 1000))) * 1000
        return SimTime(milliseconds: time.milliseconds + offset).day
    }

    /// The local day used for the campaign's daily limit (its first window's zone).
    func localDay(of time: SimTime) -> Int64 {
        Self.localDay(of: time, in: windows.first?.zone ?? TimeZone(secondsFromGMT: 0) ?? .current)
    }
}
