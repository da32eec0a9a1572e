import Foundation
import InstLanguage
import Synchronization

/// Law 3: a campaign schedule's timezone is a closed enum (102 zones in the official spec), and
/// common zones such as `America/New_York` are not in it. For a zone outside the enum the advisor
/// names the accepted zone that keeps the same clock: the same UTC offset at every instant of the
/// next two years (DST rules included), computed from the system's time-zone database.
public enum TimezoneAdvisor {
    /// What the advisor says about one requested zone.
    public enum Verdict: Sendable, Equatable {
        /// In the enum: nothing to say.
        case accepted
        /// A real zone, outside the enum; these accepted zones keep its offsets and DST rules.
        case twins(requested: String, twins: [String])
        /// A real zone with no accepted twin; `nearestNow` lists the accepted zones whose UTC offset
        /// today is closest to its own (`sameOffset` when they share it).
        case noTwin(requested: String, nearestNow: [String], sameOffset: Bool)
        /// Not a zone the time-zone database knows; `closest` are the nearest accepted names.
        case unknown(requested: String, closest: [String])

        /// One line for the user, or nil when the zone is accepted.
        public var message: String? {
            switch self {
            case .accepted:
                return nil
            case .twins(let requested, let twins):
                let verb = twins.count == 2 ? "does" : "do"
                let others = twins.count > 1 ? " (as \(verb) \(twins.dropFirst().joined(separator: ", ")))" : ""
                return "\(requested) is not accepted by Instantly; \(twins[0]) has the same offsets and DST rules\(others)"
            case .noTwin(let requested, _, _):
                return "\(requested) is not accepted by Instantly, and no accepted timezone has the same offsets and DST rules"
            case .unknown(let requested, _):
                return "\(requested) is not a known timezone"
            }
        }

        /// What to do instead, or nil.
        public var hint: String? {
            switch self {
            case .accepted:
                return nil
            case .twins(_, let twins):
                return "use timezone \(twins[0]) (law 3)"
            case .noTwin(_, let nearestNow, let sameOffset):
                guard !nearestNow.isEmpty else { return "choose one of the accepted timezones (law 3)" }
                let lead = sameOffset
                    ? "accepted zones on the same UTC offset today (their DST rules differ): "
                    : "no accepted zone is on its UTC offset today; the nearest: "
                return lead + nearestNow.joined(separator: ", ") + " (law 3)"
            case .unknown(_, let closest):
                return "accepted timezones closest to it: " + closest.joined(separator: ", ")
            }
        }

        /// The accepted zone to use instead, when there is exactly one obvious choice.
        public var replacement: String? {
            if case .twins(_, let twins) = self { return twins.first }
            return nil
        }
    }

    /// The verdict on `requested` given the `accepted` zones (a schema's enum).
    public static func verdict(for requested: String, accepted: [String]) -> Verdict {
        if accepted.contains(requested) { return .accepted }
        guard let print = fingerprint(of: requested) else {
            let closest = Suggestions.ranked(requested, among: accepted, limit: 5).map { accepted[$0] }
            return .unknown(requested: requested, closest: closest)
        }
        let known = accepted.compactMap { zone in fingerprint(of: zone).map { (zone, $0) } }
        let twins = known.filter { $0.1 == print }.map(\.0)
        if !twins.isEmpty { return .twins(requested: requested, twins: nearbyFirst(twins, to: requested)) }
        let now = print.offsets.first ?? 0
        let distance = { (other: Fingerprint) in abs((other.offsets.first ?? 0) - now) }
        guard let nearest = known.map({ distance($0.1) }).min() else {
            return .noTwin(requested: requested, nearestNow: [], sameOffset: false)
        }
        let nearestNow = known.filter { distance($0.1) == nearest }.map(\.0)
        return .noTwin(requested: requested, nearestNow: nearestNow, sameOffset: nearest == 0)
    }

    /// `zones` with those in the requested zone's region (`Europe/…` for `Europe/Paris`) first, each
    /// group in its original order: the suggestion a person recognises.
    static func nearbyFirst(_ zones: [String], to requested: String) -> [String] {
        let region = requested.split(separator: "/").first.map { $0 + "/" } ?? requested
        let nearby = zones.filter { $0.hasPrefix(region) }
        return nearby + zones.filter { !$0.hasPrefix(region) }
    }

    /// The zones an enum admits: its string values.
    public static func zones(in enumValues: [Value]) -> [String] {
        enumValues.compactMap { value in
            if case .string(let zone) = value { return zone }
            return nil
        }
    }

    // MARK: - Fingerprints

    /// A zone's clock over the horizon: its offset every `step`, and the instants and offsets of
    /// its transitions (so zones switching at different times of the same day differ).
    struct Fingerprint: Equatable {
        var offsets: [Int]
        var transitions: [Double]
    }

    /// Where every fingerprint starts: the first time one was needed (so all compare alike).
    static let epoch = Date()
    static let horizon: TimeInterval = 2 * 366 * 86_400
    static let step: TimeInterval = 6 * 3_600

    private static let cache = Mutex<[String: Fingerprint?]>([:])

    /// The zone's fingerprint, computed once per zone; nil if the database does not know it.
    static func fingerprint(of identifier: String) -> Fingerprint? {
        if let cached = cache.withLock({ $0[identifier] }) { return cached }
        let computed = TimeZone(identifier: identifier).map { fingerprint(of: $0, from: epoch) }
        cache.withLock { $0[identifier] = computed }
        return computed
    }

    static func fingerprint(of zone: TimeZone, from start: Date) -> Fingerprint {
        let samples = Int(horizon / step)
        let offsets = (0...samples).map { zone.secondsFromGMT(for: start.addingTimeInterval(Double($0) * step)) }
        var transitions: [Double] = []
        var cursor = start
        while transitions.count < 64, let next = zone.nextDaylightSavingTimeTransition(after: cursor),
              next.timeIntervalSince(start) < horizon, next > cursor {
            transitions.append(next.timeIntervalSince1970)
            cursor = next
        }
        return Fingerprint(offsets: offsets, transitions: transitions)
    }
}
