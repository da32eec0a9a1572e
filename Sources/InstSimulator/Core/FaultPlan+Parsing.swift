import InstTransport

extension FaultPlan {
    /// Why a fault spec could not be read; the description says what was expected.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Reads `500:2%,429:1%,reset:1%,latency:200ms`: `STATUS:P%` answers that HTTP status (400–599)
    /// with probability P, `reset:P%` drops the connection, `latency:DURATION` (`200ms`, `1s`, `1.5s`)
    /// delays every answer. Probabilities may be written `2%` or `0.02` and must sum to at most 100%.
    public init(parsing spec: String) throws(ParseError) {
        self.init()
        let expected = "expected STATUS:P%, reset:P% or latency:DURATION, e.g. \"500:2%,429:1%,reset:1%,latency:200ms\""
        for item in spec.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ParseError(description: "invalid fault \"\(item.trimmingSpaces)\": \(expected)")
            }
            let (name, value) = (parts[0], parts[1])
            if name == "latency" {
                guard let latency = Self.duration(value) else {
                    throw ParseError(description: "invalid latency \"\(value)\": expected a duration such as 200ms or 1.5s")
                }
                self.latency = latency
                continue
            }
            guard let probability = Self.probability(value) else {
                throw ParseError(description: "invalid probability \"\(value)\" for \(name): expected a percentage such as 2% (0–100%)")
            }
            if name == "reset" {
                reset = probability
            } else if let status = Int(name), (400...599).contains(status) {
                statuses.append((status, probability))
            } else {
                throw ParseError(description: "invalid fault \"\(name)\": \(expected) (STATUS is 400–599)")
            }
        }
        let total = statuses.reduce(reset) { $0 + $1.probability }
        if total > 1.000_001 {
            throw ParseError(description: "fault probabilities add up to more than 100%")
        }
    }

    /// `2%` → 0.02; `0.02` → 0.02.
    private static func probability(_ text: String) -> Double? {
        let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
        guard let value, value.isFinite, (0...1).contains(value) else { return nil }
        return value
    }

    /// `200ms`, `2s`, `1.5s`.
    private static func duration(_ text: String) -> Duration? {
        let (number, scale): (Substring, Double) = text.hasSuffix("ms") ? (text.dropLast(2), 1) : text.hasSuffix("s") ? (text.dropLast(), 1000) : (text[...], 1)
        guard let value = Double(number), value.isFinite, value >= 0, value <= 600_000 else { return nil }
        return .milliseconds(Int64((value * scale).rounded()))
    }

    /// What happens to one request, from one draw of `random`: every request draws once, so a seed
    /// replays the same faults for the same sequence of requests.
    func draw(_ random: inout SplitMix64) -> Fault? {
        guard reset > 0 || !statuses.isEmpty else { return nil }
        let roll = Double(random.next() >> 11) / Double(1 << 53)
        var edge = 0.0
        for (status, probability) in statuses {
            edge += probability
            if roll < edge { return .status(status) }
        }
        return roll < edge + reset ? .reset : nil
    }

    /// An injected failure.
    enum Fault: Equatable {
        case status(Int)
        case reset
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
