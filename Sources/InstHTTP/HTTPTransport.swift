import AsyncHTTPClient
import InstTransport
import NIOCore
import NIOPosix

/// The live transport: AsyncHTTPClient with one shared client and kept-alive connections.
///
/// Every HTTP status is an answer; only a missed deadline, a connection fault, an oversized
/// body or a cancelled task throws (as ``TransportError``, naming `host:port`, never a header).
/// A request without a body goes out with no body and no `Content-Type` (law 8). Redirects are
/// not followed, so credentials never travel to another host.
///
/// Call ``shutdown()`` when done, to close the connections before going on.
public final class HTTPTransport: Transport {
    public let configuration: Configuration
    let client: HTTPClient
    let endpoints: [ServiceName: Endpoint]

    /// - Throws: ``TransportError/invalidRequest(_:)`` for a base URL that is not `http(s)://host…`.
    public init(configuration: Configuration = Configuration()) throws(TransportError) {
        var endpoints: [ServiceName: Endpoint] = [:]
        for (service, url) in configuration.baseURLs {
            guard let endpoint = Endpoint(baseURL: url) else {
                throw .invalidRequest("the base URL for \(service) must look like https://host[:port][/path] (got \(url))")
            }
            endpoints[service] = endpoint
        }
        var settings = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(configuration.connectTimeout)),
            connectionPool: .init(idleTimeout: TimeAmount(configuration.idleTimeout))
        )
        settings.connectionPool.retryConnectionEstablishment = false
        self.configuration = configuration
        self.endpoints = endpoints
        self.client = HTTPClient(eventLoopGroup: EventLoopExecutor.shared.loop, configuration: settings)
    }

    public var preferredExecutor: (any TaskExecutor)? { EventLoopExecutor.shared }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        guard let endpoint = endpoints[request.service] else {
            throw TransportError.invalidRequest("no base URL is configured for \(request.service)")
        }
        let allowed = request.deadline.map { ContinuousClock.now.duration(to: $0) } ?? configuration.defaultTimeout
        guard allowed > .zero else { throw TransportError.timeout(after: .zero) }
        do {
            let response = try await client.execute(
                Self.clientRequest(for: request, at: endpoint), deadline: .now() + TimeAmount(allowed)
            )
            return TransportResponse(
                status: Int(response.status.code),
                headers: HeaderFields(response.headers.map { HeaderFields.Field(name: $0.name, value: $0.value) }),
                body: try await Self.collect(response, limit: configuration.maxResponseBytes)
            )
        } catch {
            throw Self.transportError(for: error, allowed: allowed, endpoint: endpoint)
        }
    }

    /// A transport dropped without ``shutdown()`` still closes its connections, in the background.
    deinit {
        client.shutdown { _ in }
    }

    /// Closes every connection. The transport sends nothing afterwards.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// ``shutdown()`` for callers outside any task (the command line at exit).
    @available(*, noasync, message: "use shutdown() from async code")
    public func syncShutdown() throws {
        try client.syncShutdown()
    }

    static func clientRequest(for request: TransportRequest, at endpoint: Endpoint) -> HTTPClientRequest {
        var outgoing = HTTPClientRequest(url: endpoint.prefix + request.target)
        outgoing.method = .init(rawValue: request.method.rawValue)
        outgoing.headers.reserveCapacity(request.headers.count)
        for field in request.headers where request.body != nil || !HeaderFields.namesMatch(field.name, "Content-Type") {
            outgoing.headers.add(name: field.name, value: field.value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        return outgoing
    }

    /// The whole body, counted as it streams in; throws once it passes `limit`.
    static func collect(_ response: HTTPClientResponse, limit: Int) async throws -> [UInt8] {
        let declared = response.headers.first(name: "Content-Length").flatMap(Int.init)
        if let declared, declared > limit { throw TransportError.bodyTooLarge(limit: limit) }
        var body: [UInt8] = []
        body.reserveCapacity(declared ?? 0)
        for try await chunk in response.body {
            guard body.count + chunk.readableBytes <= limit else { throw TransportError.bodyTooLarge(limit: limit) }
            chunk.withUnsafeReadableBytes { body.append(contentsOf: $0) }
        }
        return body
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let clamped = min(seconds, Int64.max / 1_000_000_000 - 1)
        self = .nanoseconds(clamped * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
