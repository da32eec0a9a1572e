import InstHTTP
import InstTransport
import Synchronization

/// Sends the simulator's webhook deliveries over HTTP (its `webhookTransport`). Each request names
/// its target's origin as the service (`http://127.0.0.1:4011`) and the path and query as its path,
/// so this keeps one ``HTTPTransport`` per origin, made on first use, with a short timeout: a target
/// that does not answer fails the attempt rather than holding up the clock.
///
/// Only loopback origins are sent to, whatever the simulator asks: it never reaches another machine.
final class WebhookHTTPTransport: Transport {
    /// How long one delivery may take.
    static let timeout: Duration = .seconds(10)

    private let transports = Mutex<[ServiceName: HTTPTransport]>([:])

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        try await transport(for: request.service).send(request)
    }

    private func transport(for origin: ServiceName) throws -> HTTPTransport {
        guard Self.isLoopback(origin.rawValue) else {
            throw TransportError.invalidRequest("the simulator delivers webhooks only to loopback (127.0.0.1, ::1, localhost), not \(origin.rawValue)")
        }
        return try transports.withLock { transports in
            if let transport = transports[origin] { return transport }
            let transport = try HTTPTransport(configuration: .init(
                baseURLs: [origin: origin.rawValue], defaultTimeout: Self.timeout, connectTimeout: Self.timeout))
            transports[origin] = transport
            return transport
        }
    }

    /// Whether `origin` is just `http(s)://host[:port]` and the host this machine (``TargetURL/isLoopback``).
    static func isLoopback(_ origin: String) -> Bool {
        guard let target = TargetURL(url: origin) else { return false }
        return target.isLoopback && target.origin == origin && target.path == "/"
    }
}
