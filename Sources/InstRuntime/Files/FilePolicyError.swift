import InstLanguage

/// A file access the ``FilePolicy`` refused, as the policy error the script ends with (exit code 3).
enum FilePolicyError {
    /// A read outside the granted paths; `declarable`: inside the script's folder, so a
    /// `require read` line would grant it.
    case readRefused(command: String, path: String, resolved: String, declarable: Bool)
    /// A write outside `--allow-write`.
    case writeRefused(command: String, path: String, resolved: String)
    /// A `require read` path outside the script's folder that `--allow-read` does not grant.
    case requireOutside(path: String, resolved: String)

    var scriptError: ScriptError {
        switch self {
        case .readRefused(let command, let path, let resolved, let declarable):
            if declarable {
                return .policy(
                    "\(command): reading \(Self.shown(path, resolved)) is not allowed: the script does not require it",
                    hint: "add: require read \"\(path)\" (or grant it with --allow-read \(resolved))"
                )
            }
            return .policy(
                "\(command): reading \(Self.shown(path, resolved)) is not allowed: it is outside the script's folder",
                hint: "grant it with --allow-read \(resolved)"
            )
        case .writeRefused(let command, let path, let resolved):
            return .policy(
                "\(command): writing \(Self.shown(path, resolved)) is not allowed: scripts write only under --allow-write",
                hint: "grant it with --allow-write \(FilePath.directory(of: resolved))"
            )
        case .requireOutside(let path, let resolved):
            return .policy(
                "require read \"\(path)\": \(resolved) is outside the script's folder; a script cannot grant itself that",
                hint: "grant it with --allow-read \(resolved)"
            )
        }
    }

    private static func shown(_ path: String, _ resolved: String) -> String {
        path == resolved ? "'\(path)'" : "'\(path)' (\(resolved))"
    }
}
