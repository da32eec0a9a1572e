#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on plain strings: joining, normalising and resolving symlinks.
public enum FilePath {
    /// The process's working directory, or `/` if it cannot be read.
    public static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `path` made absolute against `base`, with `.`/`..` removed lexically (no file system access).
    public static func absolute(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `path` with `.` and `..` removed lexically, kept relative if it was (`./a/../b.inst` → `b.inst`).
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." || (part == ".." && parts.isEmpty && path.hasPrefix("/")) { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The real location of `path`: absolute, every symlink followed, no `.` or `..`.
    ///
    /// The longest existing prefix is resolved by the file system; the missing rest is appended
    /// lexically, so a path that does not exist yet still resolves to where it would be.
    public static func resolve(_ path: String, relativeTo base: String) -> String {
        var existing = path.hasPrefix("/") ? path : base + "/" + path
        var missing: [String] = []
        while existing != "/" && !existing.isEmpty {
            if let real = realPath(existing) {
                return missing.isEmpty ? real : absolute(missing.reversed().joined(separator: "/"), relativeTo: real)
            }
            let cut = lastComponent(existing)
            missing.append(cut.name)
            existing = cut.parent
        }
        return absolute(missing.reversed().joined(separator: "/"), relativeTo: "/")
    }

    /// Whether `path` is `root` or lies below it (both already resolved).
    public static func isInside(_ path: String, root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// The folder part of a path (`.` when there is none).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component, without a `.inst`-style extension: `helpers` for `./lib/helpers.inst`.
    public static func stem(of path: String) -> String {
        let name = lastComponent(path).name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private static func lastComponent(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        return (parent, String(path[path.index(after: slash)...]))
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
