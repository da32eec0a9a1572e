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
        _ = try? tmux(["kill-server"])
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

    /// Waits for the `count`-th primary prompt to be the last line (`inst[dry-run·sim]> ` with nothing typed).
    func waitForPrompt(number count: Int) throws {
        try waitFor("prompt #\(count)") { lines in
            lines.filter { $0.hasPrefix("inst[dry-run·sim]>") }.count == count && lines.last == "inst[dry-run·sim]>"
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
        guard let tool = Self.tmux else { throw CommandFailed(arguments: arguments) }
        // Output goes to a file, not a pipe: the tmux server the first command starts inherits
        // the descriptor and would keep a pipe open forever.
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("inst-tmux-\(UUID().uuidString)").path
        defer { unlink(capture) }
        let status = try CleanSpawn.run([tool, "-L", socket, "-f", "/dev/null"] + arguments, output: capture)
        guard status == 0 else { throw CommandFailed(arguments: arguments) }
        return try String(contentsOfFile: capture, encoding: .utf8)
    }

    struct CommandFailed: Error {
        var arguments: [String]
    }
}

/// Runs a program with an empty signal mask and default signal actions. Test threads (dispatch
/// workers) block most signals, and a tmux server started from one would inherit that and
/// never notice its panes exit.
enum CleanSpawn {
    /// Runs `arguments` (the first is the program's path) with standard output to `output`; returns its exit status.
    static func run(_ arguments: [String], output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TerminalSession.CommandFailed(arguments: arguments) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
