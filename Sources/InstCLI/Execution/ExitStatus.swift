/// The exit codes of `inst`, part of its command-line contract.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// The script failed: a diagnostic was printed to standard error.
    case scriptError = 1
    /// The command line was wrong (unknown flag, bad `--var`, missing file).
    case usage = 2
    /// The sandbox or a limit refused the run.
    case refused = 3
    /// Stopped by Ctrl-C.
    case interrupted = 130
}
