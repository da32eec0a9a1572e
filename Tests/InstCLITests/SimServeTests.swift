import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `inst sim serve` as a user runs it: the first line names the port, the simulator answers over
/// HTTP, SIGTERM stops it with exit status 0.
@Suite struct SimServeTests {
    @Test func servesTheSimulatorUntilSIGTERM() async throws {
        let server = try ServingInst(arguments: ["sim", "serve", "--port", "0", "--seed", "7"])
        defer { server.kill() }
        let line = try server.firstLine()
        let port = try #require(Self.port(in: line), "unexpected first line: \(line)")
        #expect(line == "inst sim: serving Instantly at http://127.0.0.1:\(port)/api/v2 (seed 7)")

        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/api/v2/campaigns?limit=2")))
        request.setValue("Bearer test-key", forHTTPHeaderField: "Authorization")
        request.setValue("inst-tests/1.0", forHTTPHeaderField: "User-Agent")
        let (body, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode
        #expect(status == 200, "body: \(String(decoding: body, as: UTF8.self))")
        #expect(String(decoding: body, as: UTF8.self).contains("\"items\""))

        let outcome = try server.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let highLevel = "inst sim: serving GoHighLevel at http://127.0.0.1:\(port) (location loc_northwind): GHL_BASE_URL=http://127.0.0.1:\(port)"
        #expect(outcome.output == line + "\n" + highLevel + "\n")
    }

    /// GoHighLevel answers on the same port, at its own paths.
    @Test func servesGoHighLevelOnTheSamePort() async throws {
        let server = try ServingInst(arguments: ["sim", "serve", "--port", "0"])
        defer { server.kill() }
        let port = try #require(Self.port(in: try server.firstLine()))
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/workflows/?locationId=loc_northwind")))
        request.setValue("Bearer test-token", forHTTPHeaderField: "Authorization")
        request.setValue("2021-07-28", forHTTPHeaderField: "Version")
        let (body, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200, "body: \(String(decoding: body, as: UTF8.self))")
        #expect(String(decoding: body, as: UTF8.self).contains("\"Hot reply\""))
        #expect(try server.terminate().status == 0)
    }

    @Test(arguments: [
        (["sim", "serve", "--port", "70000"], "--port must be from 0 to 65535"),
        (["sim", "serve", "--faults", "500:lots"], "--faults"),
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let outcome = try InstBinary.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.error.contains(message))
    }

    static func port(in line: String) -> Int? {
        guard let start = line.range(of: "http://127.0.0.1:"), let end = line[start.upperBound...].firstIndex(of: "/") else {
            return nil
        }
        return Int(line[start.upperBound..<end])
    }
}


/// `inst` started in the background (a server), with its standard output and error in files.
final class ServingInst {
    private let process = Process()
    private let folder: URL
    private let output: URL
    private let error: URL

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String]) throws {
        guard let path = InstBinary.path else { throw InstBinary.MissingBinary() }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("inst-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        output = folder.appendingPathComponent("out")
        error = folder.appendingPathComponent("err")
        for file in [output, error] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The first line printed on standard output, waiting at most `timeout` seconds for it.
    func firstLine(timeout: TimeInterval = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let newline = text.firstIndex(of: "\n") { return String(text[..<newline]) }
            guard process.isRunning else { break }
            usleep(5_000)
        }
        throw Failure(description: "no first line from inst; stderr: \((try? String(contentsOf: error, encoding: .utf8)) ?? "")")
    }

    /// Sends SIGTERM and waits (at most `timeout` seconds) for the exit.
    func terminate(timeout: TimeInterval = 30) throws -> InstBinary.Outcome {
        process.terminate()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        guard !process.isRunning else { kill(); throw Failure(description: "inst did not stop on SIGTERM") }
        return InstBinary.Outcome(
            status: process.terminationStatus,
            output: (try? String(contentsOf: output, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: error, encoding: .utf8)) ?? ""
        )
    }

    /// Stops it at once if it still runs.
    func kill() {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
