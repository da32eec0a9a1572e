/// What a program writes, delivered to the host's output hook.
public enum OutputEvent: Sendable {
    /// A line from `print` (no trailing newline).
    case print(String)
    /// A line from `warn`, for standard error.
    case warn(String)
    /// Rows from `table`: a list of maps (or any value), for the host to render.
    case table(Value)
}
