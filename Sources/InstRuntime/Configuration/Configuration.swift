#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `config.toml`: profiles, one per workspace, and the profile used when none is named.
///
///     default_profile = "acme"
///
///     [profiles.acme]
///     instantly_api_key_file = "~/.config/inst/acme.key"
///     rate = ["instantly=600/min"]
///     max_writes = 500
public struct Configuration: Sendable, Equatable {
    /// The file the configuration was read from.
    public var path: String
    /// `default_profile`.
    public var defaultProfile: String?
    /// The profiles by name.
    public var profiles: [String: Profile]

    public init(path: String, defaultProfile: String? = nil, profiles: [String: Profile] = [:]) {
        self.path = path
        self.defaultProfile = defaultProfile
        self.profiles = profiles
    }

    /// The variable that picks a profile when `--profile` is not given.
    public static let profileVariable = "INST_PROFILE"
    /// Configuration files are small; anything larger is not one.
    static let maxBytes = 1 << 20

    /// `$XDG_CONFIG_HOME/inst/config.toml`, by default `~/.config/inst/config.toml`; `nil` when
    /// neither `XDG_CONFIG_HOME` (absolute) nor `HOME` is set.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/inst/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/inst/config.toml" }
        return nil
    }

    /// The configuration at `path`, or `nil` when there is no file there.
    ///
    /// - Throws: ``ConfigurationError`` when the file cannot be read, is not valid TOML, holds
    ///   unknown keys or invalid values, or holds a key inline while others can read it.
    public static func load(path: String, environment: [String: String]) throws(ConfigurationError) -> Configuration? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a file") }
        let text: String
        do {
            text = try FileSystemText.contents(of: path, command: "config", maxBytes: maxBytes)
        } catch {
            throw .unreadable(path: path, reason: "it is not a readable file of at most \(maxBytes >> 20) MiB")
        }
        return try Configuration(parsing: text, path: path, mode: UInt32(info.st_mode), home: environment["HOME"])
    }

    /// The profile a run uses: `--profile` (`flag`), else `INST_PROFILE`, else `default_profile`;
    /// `nil` when none is named.
    ///
    /// - Throws: ``ConfigurationError`` naming the profile and where its name came from when it
    ///   does not exist, listing the profiles that do.
    public static func profile(
        named flag: String?, in configuration: Configuration?, environment: [String: String], path: String?
    ) throws(ConfigurationError) -> Profile? {
        let named: (name: String, origin: String)? =
            if let flag { (flag, "--profile") }
            else if let variable = Credentials.value(profileVariable, in: environment) { (variable, profileVariable) }
            else if let configuration, let name = configuration.defaultProfile { (name, "default_profile") }
            else { nil }
        guard let named else { return nil }
        guard let configuration else { throw .noConfigurationFile(profile: named.name, origin: named.origin, path: path) }
        guard let profile = configuration.profiles[named.name] else {
            throw .unknownProfile(named.name, origin: named.origin, path: configuration.path,
                                  available: configuration.profiles.keys.sorted())
        }
        return profile
    }
}
