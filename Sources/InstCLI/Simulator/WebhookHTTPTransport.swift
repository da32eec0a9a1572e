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

    /// `http(s)://127.0.0.1`, `localhost` or `[::1]`, with or without a port, and nothing after.
    static func isLoopback(_ origin: String) -> Bool {
        let lowered = origin.lowercased()
        guard let scheme = ["http://", "https://"].first(where: lowered.hasPrefix) else { return false }
        let authority = lowered.dropFirst(scheme.count)
        return ["127.0.0.1", "localhost", "[::1]"].contains { host in
            guard authority.hasPrefix(host) else { return false }
            let port = authority.dropFirst(host.count)
            return port.isEmpty || (port.hasPrefix(":") && port.count > 1 && port.dropFirst().allSatisfy { $0.isASCII && $0.isNumber })
        }
    }
}
