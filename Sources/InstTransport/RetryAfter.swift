#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Retry-After` header: a number of seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, the IMF-fixdate form of RFC 9110).
public enum RetryAfter {
    /// How long `value` asks the client to wait, measured from `now` (seconds since 1970) for a
    /// date; a date in the past is no wait. `nil` when the value is neither form.
    public static func delay(from value: String, now: Int64) -> Duration? {
        let text = value.trimmingASCIISpaces()
        if let seconds = Int64(text) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        guard let date = unixTime(ofHTTPDate: text) else { return nil }
        return .seconds(max(0, date - now))
    }

    /// The current wall-clock time in seconds since 1970, for HTTP dates.
    @Sendable public static func currentUnixTime() -> Int64 {
        Int64(time(nil))
    }

    /// Seconds since 1970 for `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func unixTime(ofHTTPDate text: String) -> Int64? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].hasSuffix(","), parts[5] == "GMT",
              let day = Int64(parts[1]), let year = Int64(parts[3]),
              let month = months.firstIndex(of: String(parts[2])).map({ Int64($0) + 1 })
        else { return nil }
        let clock = parts[4].split(separator: ":", omittingEmptySubsequences: false).compactMap { Int64($0) }
        guard clock.count == 3, (1...31).contains(day), (0...23).contains(clock[0]),
              (0...59).contains(clock[1]), (0...60).contains(clock[2])
        else { return nil }
        return CivilDate(year: year, month: month, day: day).daysSince1970 * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

extension String {
    fileprivate func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
