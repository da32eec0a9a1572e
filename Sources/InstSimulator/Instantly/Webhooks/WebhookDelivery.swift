import InstTransport

/// One attempt to deliver one recorded webhook event: where it goes, with which headers and body.
struct WebhookDelivery: Sendable {
    let eventID: String
    let webhookID: String
    /// The subscription's `target_hook_url`.
    let url: String
    /// The subscription's `headers` (values that are not strings are written as JSON).
    let extraHeaders: HeaderFields
    /// The event's payload, as JSON bytes.
    let body: [UInt8]

    /// Names the simulator in every delivery's `User-Agent`.
    static let userAgent = "inst-simulator (Instantly webhooks)"

    /// How an attempt went.
    enum Outcome: Sendable, Equatable {
        /// The target answered with this status, after this many milliseconds.
        case answered(status: Int, milliseconds: Int)
        /// No answer: a refused target or a transport error, described.
        case failed(String, milliseconds: Int)

        var isSuccess: Bool {
            if case .answered(let status, _) = self { return (200..<300).contains(status) }
            return false
        }
    }

    /// The POST the transport receives: its `service` is the target's origin (`http://127.0.0.1:4011`),
    /// its `path` the URL's path and query, so a transport knows where to send it.
    func request(to target: TargetURL) -> TransportRequest {
        var headers: HeaderFields = ["Content-Type": "application/json", "User-Agent": Self.userAgent]
        for field in extraHeaders { headers[field.name] = field.value }
        return TransportRequest(
            service: ServiceName(rawValue: target.origin), method: .post, pathTemplate: PathTemplate(target.path),
            headers: headers, body: body, operationID: "simulator.webhooks.deliver", effect: .write
        )
    }

    /// Sends the delivery through `transport`, unless the target is not a loopback URL (the simulator
    /// never sends to another machine).
    func attempt(through transport: any Transport) async -> Outcome {
        guard let target = TargetURL(url: url) else {
            return .failed("The simulator cannot deliver to \(url): not an http(s)://host[:port]/path URL", milliseconds: 0)
        }
        guard target.isLoopback else {
            return .failed("The simulator delivers webhooks only to loopback targets (127.0.0.1, ::1, localhost), not to \(target.host)", milliseconds: 0)
        }
        let clock = ContinuousClock(), start = clock.now
        do {
            let response = try await transport.send(request(to: target))
            return .answered(status: response.status, milliseconds: Self.milliseconds(clock.now - start))
        } catch {
            return .failed("\(error)", milliseconds: Self.milliseconds(clock.now - start))
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
