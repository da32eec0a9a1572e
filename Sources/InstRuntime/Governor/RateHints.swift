import InstTransport

/// Reads how long a response asks each bucket to hold back.
enum RateHints {
    /// The wait per bucket name that `response` asks for, each capped at `maxWait`.
    static func holds(
        in response: TransportResponse, buckets: [RateBucketDefinition], maxWait: Duration, wallClock: Int64
    ) -> [(String, Duration)] {
        var holds: [(String, Duration)] = []
        for bucket in buckets {
            guard let hint = bucket.hint, let remaining = response.headers[hint.remaining].flatMap({ Int(trimmed($0)) }),
                  remaining <= 0
            else { continue }
            let reset = hint.reset.flatMap { response.headers[$0] }.flatMap { Int64(trimmed($0)) }.map { hint.resetUnit * $0 }
            holds.append((bucket.name, min(maxWait, max(.zero, reset ?? maxWait))))
        }
        guard response.status == 429 else { return holds }
        let groups = buckets.filter(\.scope.isGroup)
        let targets = groups.isEmpty ? buckets : groups
        let retryAfter = response.headers["Retry-After"].flatMap { RetryAfter.delay(from: $0, now: wallClock) } ?? .seconds(1)
        return holds + targets.map { ($0.name, min(maxWait, retryAfter)) }
    }

    private static func trimmed(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "\t" })
    }
}
