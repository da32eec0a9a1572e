#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InstRuntime

/// Where the REPL keeps its history: `$XDG_STATE_HOME/inst/history`, by default
/// `~/.local/state/inst/history`. The folder is created 0700 and the file 0600: history can hold
/// ids and addresses typed at the prompt.
public enum HistoryFile {
    /// The history file's path for an environment, or `nil` when neither `XDG_STATE_HOME` nor `HOME` is set.
    public static func path(environment: [String: String]) -> String? {
        StateDirectory.path("history", environment: environment)
    }

    /// Creates the file (and its folders) if missing and makes it private to the user.
    /// Returns whether it is usable.
    @discardableResult
    public static func prepare(_ path: String) -> Bool {
        guard (try? StateDirectory.create(FilePath.directory(of: path))) != nil else { return false }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        fchmod(descriptor, 0o600)
        close(descriptor)
        return true
    }
}
