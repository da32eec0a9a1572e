import InstLanguage

/// Which files a script may read and write.
///
/// Reads: the script's folder as a whole when it was typed by a person (`inst -c`, the REPL) —
/// for a script file run with `inst run`, only the files and folders its `require read` lines
/// name inside its folder — plus the paths the user granted with `--allow-read`. Writes: only
/// under `--allow-write`. Paths are resolved (symlinks, `.` and `..`) before they are compared, so
/// neither `../secret` nor a symlink pointing out of a granted folder gets through.
public struct FilePolicy: Sendable {
    /// Where relative paths in the script resolve: the script's folder (the working directory for `-c` and the REPL).
    public let baseDirectory: String
    /// Resolved folders and files that may be read.
    public private(set) var readableRoots: [String]
    /// Resolved folders and files that may be written (`--allow-write`).
    public let writableRoots: [String]
    /// Whether the whole ``baseDirectory`` is readable (not for a script run with `inst run`).
    public private(set) var readsBaseDirectory: Bool

    /// - Parameters:
    ///   - baseDirectory: the script's folder.
    ///   - allowRead: extra granted paths, relative to `workingDirectory`.
    ///   - allowWrite: paths that may be written, relative to `workingDirectory`.
    ///   - workingDirectory: where the flags' relative paths resolve.
    public init(
        baseDirectory: String, allowRead: [String] = [], allowWrite: [String] = [],
        workingDirectory: String = FilePath.currentDirectory()
    ) {
        let base = FilePath.resolve(baseDirectory, relativeTo: workingDirectory)
        self.baseDirectory = base
        self.readsBaseDirectory = true
        self.readableRoots = [base] + allowRead.map { FilePath.resolve($0, relativeTo: workingDirectory) }
        self.writableRoots = allowWrite.map { FilePath.resolve($0, relativeTo: workingDirectory) }
    }

    /// The policy of a script file run with `inst run`: its folder is no longer readable as a
    /// whole, only the `paths` of its `require read` lines (relative to its folder) are added.
    ///
    /// - Throws: `ScriptError.policy` for a required path outside the script's folder that
    ///   `--allow-read` does not grant (a script cannot grant itself `/etc/passwd` or `../x`).
    public func confined(toRequiredReads paths: [String]) throws -> FilePolicy {
        var policy = self
        if readsBaseDirectory {
            policy.readableRoots.removeFirst()
            policy.readsBaseDirectory = false
        }
        for path in paths {
            let resolved = FilePath.resolve(path, relativeTo: baseDirectory)
            let inside = FilePath.isInside(resolved, root: baseDirectory)
            guard inside || policy.readableRoots.contains(where: { FilePath.isInside(resolved, root: $0) }) else {
                throw FilePolicyError.requireOutside(path: path, resolved: resolved).scriptError
            }
            if inside { policy.readableRoots.append(resolved) }
        }
        return policy
    }

    /// The resolved path of `path` (relative to ``baseDirectory``) if reading it is allowed.
    ///
    /// - Throws: `ScriptError.policy` naming the path and what grants it.
    public func readablePath(_ path: String, for command: String) throws -> String {
        let resolved = FilePath.resolve(path, relativeTo: baseDirectory)
        guard readableRoots.contains(where: { FilePath.isInside(resolved, root: $0) }) else {
            let inside = FilePath.isInside(resolved, root: baseDirectory)
            throw FilePolicyError.readRefused(
                command: command, path: path, resolved: resolved,
                declarable: !readsBaseDirectory && inside
            ).scriptError
        }
        return resolved
    }

    /// The resolved path of `path` (relative to ``baseDirectory``) if writing it is allowed.
    ///
    /// - Throws: `ScriptError.policy` naming the path and the flag that grants it.
    public func writablePath(_ path: String, for command: String) throws -> String {
        let resolved = FilePath.resolve(path, relativeTo: baseDirectory)
        guard writableRoots.contains(where: { FilePath.isInside(resolved, root: $0) }) else {
            throw FilePolicyError.writeRefused(command: command, path: path, resolved: resolved).scriptError
        }
        return resolved
    }
}
