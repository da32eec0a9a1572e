import InstLanguage

/// Which files a script may read: everything under its own folder, plus the paths the user
/// granted with `--allow-read`. Paths are resolved (symlinks, `.` and `..`) before they are
/// compared, so neither `../secret` nor a symlink pointing out of a granted folder gets through.
public struct FilePolicy: Sendable {
    /// Where relative paths in the script resolve: the script's folder (the working directory for `-c` and the REPL).
    public let baseDirectory: String
    /// Resolved folders and files that may be read.
    public let readableRoots: [String]

    /// - Parameters:
    ///   - baseDirectory: the script's folder; always readable.
    ///   - allowRead: extra granted paths, relative to `workingDirectory`.
    public init(baseDirectory: String, allowRead: [String] = [], workingDirectory: String = FilePath.currentDirectory()) {
        let base = FilePath.resolve(baseDirectory, relativeTo: workingDirectory)
        self.baseDirectory = base
        self.readableRoots = [base] + allowRead.map { FilePath.resolve($0, relativeTo: workingDirectory) }
    }

    /// The resolved path of `path` (relative to ``baseDirectory``) if reading it is allowed.
    ///
    /// - Throws: `ScriptError.policy` naming the path and the flag that grants it.
    public func readablePath(_ path: String, for command: String) throws -> String {
        let resolved = FilePath.resolve(path, relativeTo: baseDirectory)
        guard readableRoots.contains(where: { FilePath.isInside(resolved, root: $0) }) else {
            throw FilePolicyError.readRefused(command: command, path: path, resolved: resolved).scriptError
        }
        return resolved
    }
}

/// A file the policy refused.
enum FilePolicyError {
    case readRefused(command: String, path: String, resolved: String)

    var scriptError: ScriptError {
        switch self {
        case .readRefused(let command, let path, let resolved):
            let shown = path == resolved ? "'\(path)'" : "'\(path)' (\(resolved))"
            return .policy(
                "\(command): reading \(shown) is not allowed: it is outside the script's folder",
                hint: "grant it with --allow-read \(resolved)"
            )
        }
    }
}
