import Foundation
import InstTransport

/// Run ids: the UTC start time and a random suffix, `20261122T074512Z-3f9a1c`, so they sort by
/// time, read well in `inst audit show` and are unique across concurrent runs.
public enum RunID {
    /// A new id for a run starting now.
    public static func make(now: Date = Date()) -> String {
        let milliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        // 2026-11-22T07:45:12.345Z → 20261122T074512Z
        let iso = CivilDate.iso8601(millisecondsSince1970: milliseconds)
        let stamp = iso.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
        let suffix = String(UInt32.random(in: 0...0xFF_FFFF), radix: 16)
        return stamp + "-" + String(repeating: "0", count: 6 - suffix.count) + suffix
    }
}
