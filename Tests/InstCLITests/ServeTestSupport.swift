import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `inst serve SCRIPT --port 0` started in the background, with the script in a folder of its
/// own, and a way to POST deliveries to it.
final class ServingScript {
    let folder: URL
    private let process = Process()
    private let output: URL
    private let error: URL
    private(set) var port = 0
    /// Whether `deinit` removes the folder (not when the caller gave it).
    private let ownsFolder: Bool

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `script` as `hooks.inst` in `directory` (default: a new folder) and serves it.
    init(script: String, environment: [String: String] = [:], arguments: [String] = [], in directory: URL? = nil) throws {
        guard let path = InstBinary.path else { throw InstBinary.MissingBinary() }
        ownsFolder = directory == nil
        folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("inst-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(script.utf8).write(to: folder.appendingPathComponent("hooks.inst"))
        output = folder.appendingPathComponent("out")
        error = folder.appendingPathComponent("err")
        for file in [output, error] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["serve", folder.appendingPathComponent("hooks.inst").path, "--port", "0"] + arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        merged.removeValue(forKey: "INST_WEBHOOK_SECRET")
        merged.merge(environment) { _, new in new }
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: error)
        try process.run()
        let line = try waitForOutput { $0.contains("inst serve: listening on") }
        guard let start = line.range(of: "http://127.0.0.1:"), let end = line[start.upperBound...].firstIndex(of: "/"),
              let port = Int(line[start.upperBound..<end]) else {
            throw Failure(description: "no port in: \(line)")
        }
        self.port = port
    }

    deinit {
        kill()
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Standard output so far.
    var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Waits (at most `timeout` seconds) until standard output satisfies `condition`; returns it.
    @discardableResult
    func waitForOutput(timeout: TimeInterval = 30, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let text = printed
            if condition(text) { return text }
            guard process.isRunning else { break }
            usleep(5_000)
        }
        throw Failure(description: "inst serve printed: \(printed)\nstderr: \((try? String(contentsOf: error, encoding: .utf8)) ?? "")")
    }

    /// POSTs `body` (GET when `method` says so) with the secret header when given; the status and body.
    func deliver(_ body: String, secret: String?, method: String = "POST") async throws -> (Int, String) {
        guard let url = URL(string: "http://127.0.0.1:\(port)/hooks/instantly") else { throw Failure(description: "bad url") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        if method == "POST" { request.httpBody = Data(body.utf8) }
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let secret { request.setValue(secret, forHTTPHeaderField: "X-Inst-Secret") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Sends SIGTERM and waits (at most `timeout` seconds) for the exit.
    func terminate(timeout: TimeInterval = 30) throws -> InstBinary.Outcome {
        process.terminate()
        return try waitForExit(timeout: timeout, waiting: "stop on SIGTERM")
    }

    /// Waits (at most `timeout` seconds) for the server to exit by itself.
    func waitForExit(timeout: TimeInterval = 30, waiting reason: String = "exit") throws -> InstBinary.Outcome {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        guard !process.isRunning else { kill(); throw Failure(description: "inst serve did not \(reason)") }
        return InstBinary.Outcome(
            status: process.terminationStatus, output: printed,
            error: (try? String(contentsOf: error, encoding: .utf8)) ?? "")
    }

    private func kill() {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
