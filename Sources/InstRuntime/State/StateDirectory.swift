#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where inst keeps what outlives a run on this machine — the rate governors' shared budgets,
/// the audit log, the PII key: `$XDG_STATE_HOME/inst` when `XDG_STATE_HOME` is an absolute path,
/// else `$HOME/.local/state/inst`.
///
///     let folder = StateDirectory.path("governor", environment: environment)  // …/inst/governor
///     try StateDirectory.create(folder)                                        // mkdir -p, mode 0700
public enum StateDirectory {
    /// The state directory, or `nil` when neither `XDG_STATE_HOME` (absolute) nor `HOME` is set.
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return trimmingTrailingSlashes(state) + "/inst"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return trimmingTrailingSlashes(home) + "/.local/state/inst"
    }

    /// `relative` (a file or folder name such as `audit.jsonl` or `governor`) inside the state directory.
    public static func path(_ relative: String, environment: [String: String]) -> String? {
        path(environment: environment).map { $0 + "/" + relative }
    }

    /// Creates `folder` and any missing parents, each private to the user (mode 0700); folders
    /// that already exist are left as they are.
    public static func create(_ folder: String) throws(StateDirectoryError) {
        var current = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw StateDirectoryError(path: current, reason: String(cString: strerror(errno)))
            }
        }
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return path == "/" ? "" : String(path)
    }
}

/// Why a state folder could not be created.
public struct StateDirectoryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "cannot create the state folder \(path): \(reason)" }
}
