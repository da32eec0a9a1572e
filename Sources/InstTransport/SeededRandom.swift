import Synchronization

/// SplitMix64: a small, fast, seedable random source; the same seed gives the same sequence, so
/// retry jitter, simulated behaviour and injected faults are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A ``SplitMix64`` shared safely between tasks (retry jitter across concurrent requests).
public final class SeededRandom: Sendable {
    private let state: Mutex<SplitMix64>

    public init(seed: UInt64) {
        state = Mutex(SplitMix64(seed: seed))
    }

    /// A source seeded from the system's random generator.
    public convenience init() {
        self.init(seed: UInt64.random(in: .min ... .max))
    }

    /// A number in `0...upperBound`.
    public func next(upTo upperBound: UInt64) -> UInt64 {
        let value = state.withLock { $0.next() }
        return upperBound == .max ? value : value % (upperBound + 1)
    }
}
