/// A mistake in how the host was asked to run a script (the command line), as opposed to an
/// error in the script. The CLI reports these as usage errors (exit code 2).
public enum HostError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--var` without `NAME=`.
    case badVariable(String)
    /// `--var NAME=…` for a name the script has no `param` for.
    case unknownVariable(String, declared: [String])
    /// The script file could not be read.
    case unreadableScript(path: String, reason: String)

    public var description: String {
        switch self {
        case .badVariable(let text):
            return "--var '\(text)': expected NAME=VALUE"
        case .unknownVariable(let name, let declared):
            let known = declared.isEmpty ? "the script declares no params" : "its params are: \(declared.joined(separator: ", "))"
            return "--var \(name): the script has no 'param \(name)' (\(known))"
        case .unreadableScript(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        }
    }
}
