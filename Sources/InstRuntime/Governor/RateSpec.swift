/// One `--rate` override: `instantly=600/min`, `ghl=100/10s`, `instantly.emails=20/min`.
///
/// The name is a bucket of ``RateGovernorConfiguration`` (`instantly`, `instantly.second`,
/// `instantly.emails`, `instantly.emails.test`, `ghl`, `ghl.day`, `ghl.oauth`); the rate is
/// `COUNT/PERIOD` where the period is an optional whole number and a unit: `ms`, `s`, `min`, `h`, `day`.
public struct RateSpec: Sendable, Equatable {
    public var bucket: String
    public var limit: RateLimit

    public init(bucket: String, limit: RateLimit) {
        self.bucket = bucket
        self.limit = limit
    }

    /// Parses `NAME=COUNT/PERIOD`.
    public init(parsing text: String) throws(RateSpecError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { throw .malformed(text) }
        let name = String(parts[0]).trimmingSpaces()
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }) else {
            throw .malformed(text)
        }
        let rate = parts[1].split(separator: "/", omittingEmptySubsequences: false)
        guard rate.count == 2, let count = Int(String(rate[0]).trimmingSpaces()) else { throw .malformed(text) }
        guard count > 0 else { throw .nonPositiveCount(text) }
        let period = try Self.period(String(rate[1]).trimmingSpaces(), in: text)
        guard let limit = RateLimit(count: count, per: period) else { throw .outOfRange(text) }
        self.init(bucket: name, limit: limit)
    }

    private static let units: [(names: [String], length: Duration)] = [
        (["ms"], .milliseconds(1)),
        (["s", "sec", "second", "seconds"], .seconds(1)),
        (["m", "min", "minute", "minutes"], .seconds(60)),
        (["h", "hour", "hours"], .seconds(3600)),
        (["d", "day", "days"], .seconds(86_400)),
    ]

    /// `min`, `10s`, `2h`.
    private static func period(_ text: String, in spec: String) throws(RateSpecError) -> Duration {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = text.dropFirst(digits.count)
        guard let length = units.first(where: { $0.names.contains(String(unit)) })?.length else {
            throw .unknownUnit(spec, unit: String(unit))
        }
        guard !digits.isEmpty else { return length }
        guard let multiple = Int(digits), multiple > 0, multiple <= 1_000_000 else { throw .outOfRange(spec) }
        return length * multiple
    }
}

/// Why a `--rate` value was refused; the message quotes it and shows the expected form.
public enum RateSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)
    case nonPositiveCount(String)
    case unknownUnit(String, unit: String)
    case outOfRange(String)
    case unknownBucket(String, known: [String])

    public var description: String {
        let form = "expected NAME=COUNT/PERIOD, e.g. instantly=600/min or ghl=100/10s"
        switch self {
        case .malformed(let spec): return "invalid rate \"\(spec)\": \(form)"
        case .nonPositiveCount(let spec): return "invalid rate \"\(spec)\": the count must be at least 1"
        case .unknownUnit(let spec, let unit):
            return "invalid rate \"\(spec)\": unknown period unit \"\(unit)\" (use ms, s, min, h or day)"
        case .outOfRange(let spec):
            return "invalid rate \"\(spec)\": count or period out of range (count up to 1000000000, period up to 366 days)"
        case .unknownBucket(let name, let known):
            return "unknown rate bucket \"\(name)\" (known: \(known.joined(separator: ", ")))"
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
