import Foundation

/// TCP sockets on 127.0.0.1 for tests that need a port of their own.
enum LoopbackSocket {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "could not bind a loopback port" }
    }

    /// A socket bound to a free port on 127.0.0.1 (not yet listening), and the port.
    static func bound() throws -> (socket: Int32, port: Int) {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard socket >= 0, bound else {
            if socket >= 0 { close(socket) }
            throw Failure()
        }
        return (socket, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A loopback port nothing listens on: bound, then closed.
    static func closedPort() throws -> Int {
        let (socket, port) = try bound()
        close(socket)
        return port
    }
}
