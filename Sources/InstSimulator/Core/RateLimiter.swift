import InstTransport

/// Counts requests in fixed one-second and one-minute windows of the simulator's time and refuses
/// those over a limit with 429, `Retry-After` (seconds to the window's end) and `X-RateLimit-*`.
struct RateLimiter: Sendable {
    let limits: RateLimits
    private var seconds = Window(length: 1000)
    private var minutes = Window(length: 60_000)
    /// One minute window per endpoint cap, in the caps' order.
    private var endpoints: [Window]

    init(limits: RateLimits) {
        self.limits = limits
        endpoints = limits.endpointCaps.map { _ in Window(length: 60_000) }
    }

    private struct Window: Sendable {
        let length: Int64
        var start: Int64 = .min
        var count = 0

        mutating func roll(to time: Int64) {
            let windowStart = time - ((time % length) + length) % length
            if windowStart != start { start = windowStart; count = 0 }
        }

        func retryAfter(at time: Int64) -> Int64 { max(1, (start + length - time + 999) / 1000) }
    }

    /// Admits a request at `time` (milliseconds) or answers why not. An admitted request gets the
    /// workspace's per-minute budget in `X-RateLimit-Limit`, `-Remaining` and `-Reset` (seconds).
    @discardableResult
    mutating func admit(_ method: HTTPMethod, path: String, at time: Int64) throws(SimError) -> HeaderFields {
        seconds.roll(to: time)
        minutes.roll(to: time)
        var capIndex: Int?
        for (index, cap) in limits.endpointCaps.enumerated() where cap.method == method && cap.path == path {
            endpoints[index].roll(to: time)
            capIndex = index
            if endpoints[index].count >= cap.perMinute {
                throw Self.refusal(limit: cap.perMinute, retryAfter: endpoints[index].retryAfter(at: time),
                                   message: "Rate limit exceeded: \(method.rawValue) \(path) allows \(cap.perMinute) requests per minute")
            }
        }
        if let limit = limits.perSecond, seconds.count >= limit {
            throw Self.refusal(limit: limit, retryAfter: seconds.retryAfter(at: time),
                               message: "Rate limit exceeded: \(limit) requests per second per workspace")
        }
        if let limit = limits.perMinute, minutes.count >= limit {
            throw Self.refusal(limit: limit, retryAfter: minutes.retryAfter(at: time),
                               message: "Rate limit exceeded: \(limit) requests per minute per workspace")
        }
        seconds.count += 1
        minutes.count += 1
        if let capIndex { endpoints[capIndex].count += 1 }
        guard let limit = limits.perMinute else { return HeaderFields() }
        return [
            "X-RateLimit-Limit": String(limit),
            "X-RateLimit-Remaining": String(max(0, limit - minutes.count)),
            "X-RateLimit-Reset": String(minutes.retryAfter(at: time)),
        ]
    }

    private static func refusal(limit: Int, retryAfter: Int64, message: String) -> SimError {
        SimError(status: 429, message: message, headers: [
            "Retry-After": String(retryAfter),
            "X-RateLimit-Limit": String(limit),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": String(retryAfter),
        ])
    }
}
