import InstHTTP
import InstSimulator
import InstTransport

/// The clock of a running `inst sim serve`, over HTTP: `GET /_sim/now` and `POST /_sim/advance`.
struct SimClockClient: Sendable {
    /// Where `inst sim serve` listens unless told otherwise.
    static let defaultURL = "http://127.0.0.1:4010"
    private static let service = ServiceName(rawValue: "sim")

    /// The server's address, without a trailing slash: `http://127.0.0.1:4010`.
    let baseURL: String

    /// Why the clock could not be read or moved, and the exit status that says so.
    struct Failure: Error, Equatable {
        var message: String
        var status: ExitStatus
    }

    /// What an advance did: the new time and the webhook deliveries it made.
    struct Advanced: Equatable {
        var now: String
        var delivered: Int
        var failed: Int
        var disabled: [String]
    }

    /// `--url`, else `INSTANTLY_BASE_URL`, else ``defaultURL``; without a trailing `/api/v2` (an
    /// Instantly base URL names the same server) or slash.
    static func url(option: String?, environment: [String: String]) -> String {
        var url = Substring(option ?? environment["INSTANTLY_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultURL)
        while url.hasSuffix("/") { url = url.dropLast() }
        if url.hasSuffix("/api/v2") { url = url.dropLast("/api/v2".count) }
        return String(url)
    }

    /// The simulator's current time (ISO 8601, UTC).
    func now() async throws(Failure) -> String {
        let answer = try await send(.get, "/_sim/now", body: nil)
        return try Self.time(in: answer)
    }

    /// Moves the clock by `duration` (`2d`, `3h`, …) and lets the server deliver the webhooks due.
    func advance(by duration: String) async throws(Failure) -> Advanced {
        let body = JSON.object(["by": .string(duration)]).serialized
        let answer = try await send(.post, "/_sim/advance", body: body)
        let webhooks = answer["webhooks"]
        return Advanced(
            now: try Self.time(in: answer),
            delivered: webhooks?["delivered"]?.intValue ?? 0,
            failed: webhooks?["failed"]?.intValue ?? 0,
            disabled: webhooks?["disabled"]?.arrayValue?.compactMap(\.stringValue) ?? []
        )
    }

    private func send(_ method: HTTPMethod, _ path: String, body: [UInt8]?) async throws(Failure) -> JSON {
        let transport: HTTPTransport
        do {
            // Advancing a long way with many deliveries takes a while: the server answers when done.
            transport = try HTTPTransport(configuration: .init(
                baseURLs: [Self.service: baseURL], defaultTimeout: .seconds(600), connectTimeout: .seconds(5)))
        } catch {
            throw Failure(message: "--url: \(error.description)", status: .usage)
        }
        let request = TransportRequest(
            service: Self.service, method: method, pathTemplate: PathTemplate(path),
            headers: body == nil ? [:] : ["Content-Type": "application/json"], body: body,
            operationID: "sim.clock", effect: method == .get ? .read : .write)
        let answer: TransportResponse
        do {
            answer = try await transport.send(request)
        } catch {
            try? await transport.shutdown()
            throw Failure(message: "no simulator answers at \(baseURL) (\(error)); start one with `inst sim serve`, or pass --url", status: .scriptError)
        }
        try? await transport.shutdown()
        let json = JSON(parsing: answer.body)
        if answer.status == 400, let message = json?["error"]?.stringValue {
            throw Failure(message: message, status: .usage)
        }
        guard answer.isSuccess, let json else {
            throw Failure(message: "\(baseURL) is not an inst simulator (\(method.rawValue) \(path) answered \(answer.status)); start one with `inst sim serve`, or pass --url", status: .scriptError)
        }
        return json
    }

    private static func time(in answer: JSON) throws(Failure) -> String {
        guard let now = answer["now"]?.stringValue else {
            throw Failure(message: "the server's answer has no \"now\": not an inst simulator?", status: .scriptError)
        }
        return now
    }
}
