/// Why the configuration file or a profile was refused. Messages name the file, the line when
/// known, the key and what is allowed — never a key's value.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid TOML.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// A key inst does not know, with the keys allowed where it stands.
    case unknownKey(Location, known: [String])
    /// A key holds a value of the wrong type or an invalid value; `expected` says what is allowed.
    case invalidValue(Location, expected: String)
    /// Both a key and its key file are set in one profile.
    case keyAndKeyFile(Location, fileKey: String)
    /// The file holds a key inline but other users can read it (law 2).
    case inlineKeyInOpenFile(path: String, mode: UInt32, keys: [String])
    /// `--profile`, `INST_PROFILE` or `default_profile` names a profile that does not exist.
    case unknownProfile(String, origin: String, path: String, available: [String])
    /// An environment variable holds a value that is not allowed; `expected` says what is.
    case invalidVariable(String, expected: String)
    /// A profile was asked for but there is no configuration file.
    case noConfigurationFile(profile: String, origin: String, path: String?)

    /// Where in the file a problem is: `path:line` (when the line could be found) and the key,
    /// with the table holding it (`profiles.acme`, or empty for the top level).
    public struct Location: Sendable, Equatable {
        public var path: String
        public var line: Int?
        public var table: String
        public var key: String

        public init(path: String, line: Int?, table: String, key: String) {
            self.path = path
            self.line = line
            self.table = table
            self.key = key
        }

        /// `/home/ada/.config/inst/config.toml:7: [profiles.acme] max_calls`
        var prefix: String {
            let place = line.map { "\(path):\($0)" } ?? path
            return table.isEmpty ? "\(place): \(key)" : "\(place): [\(table)] \(key)"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read the configuration file '\(path)': \(reason)"
        case .syntax(let path, let line, let column, let message):
            "\(path):\(line):\(column): invalid TOML: \(message)"
        case .unknownKey(let location, let known):
            "\(location.prefix): unknown key (known: \(known.joined(separator: ", ")))"
        case .invalidValue(let location, let expected):
            "\(location.prefix) must be \(expected)"
        case .keyAndKeyFile(let location, let fileKey):
            "\(location.prefix) and \(fileKey) are both set: keep one (prefer the key file)"
        case .inlineKeyInOpenFile(let path, let mode, let keys):
            "\(path) holds a key inline (\(keys.joined(separator: ", "))) but other users can read it "
                + "(mode \(String(mode & 0o777, radix: 8))): run `chmod 600 \(path)`, or move the key to a key file"
        case .unknownProfile(let name, let origin, let path, let available):
            "\(origin): no profile '\(name)' in \(path) "
                + (available.isEmpty ? "(it defines no [profiles.NAME] table)" : "(profiles: \(available.joined(separator: ", ")))")
        case .invalidVariable(let name, let expected):
            "\(name) must be \(expected)"
        case .noConfigurationFile(let name, let origin, let path):
            "\(origin): no profile '\(name)': " + (path.map { "\($0) does not exist" } ?? "neither XDG_CONFIG_HOME nor HOME is set")
        }
    }
}
