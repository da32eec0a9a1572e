import Foundation

/// The built `inst` executable, found in the build products folder of the running tests (any
/// `--scratch-path`), and a way to run it and collect what it printed.
enum InstBinary {
    /// The executable's path, or `nil` when it was not built.
    static let path: String? = {
        var candidates: [URL] = []
        // The test runner lives in the build products folder (…/debug/instPackageTests.xctest, or a
        // bundle below it on macOS): walk up from it.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("inst"))
            folder.deleteLastPathComponent()
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/inst"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }()

    /// The package's root folder (holds Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What one run printed and how it exited.
    struct Outcome {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `inst` with `arguments`, `input` on standard input, in `directory`; waits at most
    /// `timeout` seconds. With `interruptAfter`, sends SIGINT once standard error shows that text.
    static func run(
        _ arguments: [String], input: String = "", directory: String? = nil,
        environment: [String: String] = [:], interruptAfter marker: String? = nil, timeout: TimeInterval = 60
    ) throws -> Outcome {
        guard let path else { throw MissingBinary() }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("inst-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
        try Data(input.utf8).write(to: files[0])
        for file in files.dropFirst() { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged["XDG_STATE_HOME"] = scratch.path
        merged.merge(environment) { _, new in new }
        process.environment = merged
        process.standardInput = try FileHandle(forReadingFrom: files[0])
        process.standardOutput = try FileHandle(forWritingTo: files[1])
        process.standardError = try FileHandle(forWritingTo: files[2])
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var marker = marker
        while process.isRunning && Date() < deadline {
            if let text = marker, (try? String(contentsOf: files[2], encoding: .utf8))?.contains(text) == true {
                process.interrupt()
                marker = nil
            }
            usleep(2_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw TimedOut(arguments: arguments)
        }
        return Outcome(
            status: process.terminationStatus,
            output: try String(contentsOf: files[1], encoding: .utf8),
            error: try String(contentsOf: files[2], encoding: .utf8)
        )
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the inst executable was not built next to the tests (run `swift build` first)" }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "inst \(arguments.joined(separator: " ")) did not finish in time" }
    }
}
