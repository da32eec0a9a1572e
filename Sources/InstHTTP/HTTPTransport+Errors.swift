import AsyncHTTPClient
import InstTransport
import NIOCore
import NIOPosix
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HTTPTransport {
    /// `error` from AsyncHTTPClient or NIO as a ``TransportError`` that names the endpoint and
    /// never repeats a header (AsyncHTTPClient's own descriptions of invalid headers would).
    static func transportError(for error: any Error, allowed: Duration, endpoint: Endpoint) -> TransportError {
        let host = endpoint.authority
        switch error {
        case let error as TransportError:
            return error
        case is CancellationError:
            return .cancelled
        case let error as HTTPClientError:
            return transportError(for: error, allowed: allowed, host: host)
        case let error as NIOConnectionError:
            if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                return .connection("could not resolve \(error.host) (\(host))")
            }
            let refused = error.connectionErrors.contains { ($0.error as? IOError)?.errnoCode == ECONNREFUSED }
            return .connection(refused ? "connection refused by \(host)" : "could not connect to \(host)")
        case let error as IOError:
            return .connection(describe(errno: error.errnoCode, host: host))
        case let error as ChannelError:
            if case .connectTimeout = error { return .connection("timed out connecting to \(host)") }
            return .connection("the connection to \(host) failed")
        default:
            return .connection("the request to \(host) failed (\(type(of: error)))")
        }
    }

    private static func transportError(for error: HTTPClientError, allowed: Duration, host: String) -> TransportError {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout:
            return .timeout(after: allowed)
        case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
            return .connection("timed out connecting to \(host)")
        case .cancelled:
            return .cancelled
        case .remoteConnectionClosed:
            return .connection("\(host) closed the connection before answering in full")
        case .invalidURL, .emptyHost, .emptyScheme:
            return .invalidRequest("the URL for \(host) is not valid (\(error.shortDescription))")
        case .alreadyShutdown:
            return .invalidRequest("the HTTP transport was already shut down")
        default:
            // shortDescription never carries associated values (header names or values).
            let reason = error.shortDescription
            if requestFaults.contains(where: reason.hasPrefix) {
                return .invalidRequest("\(reason.prefix(1).lowercased() + reason.dropFirst()) (the request to \(host) was not sent)")
            }
            return .connection("\(reason) (\(host))")
        }
    }

    /// AsyncHTTPClient's short descriptions of requests it refused to send.
    private static let requestFaults = [
        "Invalid header field", "Trace request with body", "Body length mismatch", "Incompatible headers",
        "Unsupported scheme", "Chunked specified multiple times", "Identity coding incorrectly present",
    ]

    private static func describe(errno code: Int32, host: String) -> String {
        switch code {
        case ECONNREFUSED: "connection refused by \(host)"
        case ECONNRESET: "connection reset by \(host)"
        case EPIPE: "\(host) closed the connection"
        case ETIMEDOUT: "timed out connecting to \(host)"
        case EHOSTUNREACH, ENETUNREACH: "\(host) is unreachable"
        default: "connection to \(host) failed (errno \(code))"
        }
    }
}
