import Foundation

/// `inst` in a pseudo-terminal: a detached tmux session on a private server socket, driven with
/// `send-keys` and read with `capture-pane`.
final class TerminalSession {
    /// tmux's path, or `nil` when it is not installed.
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private let socket = "inst-tests-\(UUID().uuidString)"
    private let target = "repl"

    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    /// Starts `inst` with `environment` added, in a 120×40 terminal.
    init(environment: [String: String]) throws {
        guard let binary = InstBinary.path else { throw InstBinary.MissingBinary() }
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        try tmux(["new-session", "-d", "-s", target, "-x", "120", "-y", "40", "env"] + assignments + [binary])
    }

    deinit {
        try? tmux(["kill-server"])
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`, `C-r`, `C-u`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// The visible lines, without trailing blanks.
    func screen() throws -> [String] {
        let text = try tmux(["capture-pane", "-p", "-t", target])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop(while: { $0 == " " }).reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Whether `inst` is still running (the session closes when it exits).
    var isRunning: Bool {
        (try? tmux(["has-session", "-t", target])) != nil
    }

    /// Polls the screen until `condition` holds, for at most `timeout` seconds; returns the screen.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = (try? screen()) ?? last
            if condition(last) { return last }
            usleep(10_000)
        }
        throw Timeout(waitingFor: description, screen: last.joined(separator: "\n"))
    }

    /// Waits for the `count`-th primary prompt to be the last line (`inst> ` with nothing typed).
    func waitForPrompt(number count: Int) throws {
        try waitFor("prompt #\(count)") { lines in
            lines.filter { $0.hasPrefix("inst>") }.count == count && lines.last == "inst>"
        }
    }

    /// Waits until `inst` has exited.
    func waitForExit(timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning && Date() < deadline { usleep(10_000) }
        if isRunning { throw Timeout(waitingFor: "exit", screen: (try? screen().joined(separator: "\n")) ?? "") }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let tool = Self.tmux else { throw Timeout(waitingFor: "tmux (not installed)", screen: "") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailed(arguments: arguments) }
        return String(decoding: data, as: UTF8.self)
    }

    struct CommandFailed: Error {
        var arguments: [String]
    }
}
