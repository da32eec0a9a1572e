import ArgumentParser
import InstLanguage
import InstRuntime

/// The flags of `inst run`, `inst -c` and (the session ones) `inst repl`.
///
/// Flags that belong to later work are accepted by the parser, so the contract is visible in
/// `--help`, and refused by ``validate()`` with a clear message (exit code 2).
public struct RunOptions: ParsableArguments {
    @Flag(help: "Send writes and metered calls to a live workspace; without it they are refused.")
    public var live = false

    @Flag(help: "Run against the embedded simulator (the default when no credentials are set).")
    public var sim = false

    @Option(help: ArgumentHelp("Save the plan of writes as JSON. (not available yet)", valueName: "file"))
    public var plan: String?

    @Option(help: ArgumentHelp("Append an audit record of every API call. (not available yet)", valueName: "file"))
    public var audit: String?

    @Option(help: ArgumentHelp("Rate limit for a service, e.g. instantly=600/min. (not available yet)", valueName: "spec"))
    public var rate: [String] = []

    @Option(name: .customLong("allow-read"), help: ArgumentHelp("Let the script read this file or folder.", valueName: "path"))
    public var allowRead: [String] = []

    @Option(name: .customLong("allow-write"), help: ArgumentHelp("Let the script write this file or folder. (not available yet)", valueName: "path"))
    public var allowWrite: [String] = []

    @Option(name: .customLong("var"), help: ArgumentHelp("Set the script's `param NAME`.", valueName: "name=value"))
    public var variables: [String] = []

    @Option(name: .customLong("max-steps"), help: ArgumentHelp("Stop after this many statements and loop iterations.", valueName: "n"))
    public var maxSteps: Int?

    @Option(help: ArgumentHelp("Stop after this many seconds.", valueName: "seconds"))
    public var timeout: Double?

    @Flag(help: "Print results and errors as JSON. (not available yet)")
    public var json = false

    @Option(help: ArgumentHelp("Use credentials and settings from this profile. (not available yet)", valueName: "name"))
    public var profile: String?

    public init() {}

    public func validate() throws {
        if let flag = laterFlag {
            throw ValidationError("\(flag) is not available yet: it arrives with later work (see `inst --help`)")
        }
        if let maxSteps, maxSteps <= 0 {
            throw ValidationError("--max-steps must be a positive number (got \(maxSteps))")
        }
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds (got \(timeout))")
        }
        do {
            _ = try ScriptVariables(assignments: variables)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The first flag given that later work implements.
    var laterFlag: String? {
        if plan != nil { return "--plan" }
        if audit != nil { return "--audit" }
        if !rate.isEmpty { return "--rate" }
        if !allowWrite.isEmpty { return "--allow-write" }
        if json { return "--json" }
        if profile != nil { return "--profile" }
        return nil
    }

    /// The limits these flags ask for.
    var limits: ExecutionLimits {
        ExecutionLimits(maxSteps: maxSteps, timeout: timeout.map { .milliseconds(Int64((min($0, 1e9) * 1000).rounded(.up))) })
    }

    /// The `--var` values (already validated).
    var scriptVariables: ScriptVariables {
        (try? ScriptVariables(assignments: variables)) ?? ScriptVariables()
    }
}
