import ArgumentParser
import InstLanguage
import InstRuntime

/// The flags of `inst run`, `inst -c` and (the session ones) `inst repl`.
///
/// Runs are dry-runs unless `--live`: writes are planned, not sent. Flags that belong to later
/// work are accepted by the parser, so the contract is visible in `--help`, and refused by
/// ``validate()`` with a clear message (exit code 2).
public struct RunOptions: ParsableArguments {
    @Flag(help: "Send writes and metered calls; without it they are planned and the plan is printed (dry-run).")
    public var live = false

    @Flag(help: "In a dry-run, send metered calls (email verification) too: they spend credits.")
    public var spend = false

    @Option(help: ArgumentHelp("Re-run an interrupted run, answering the writes it already made from the audit log.", valueName: "run-id"))
    public var resume: String?

    @Flag(help: "Run against the embedded simulator (the default when no credentials are set).")
    public var sim = false

    @Option(help: ArgumentHelp("Save the plan of writes as JSON.", valueName: "file"))
    public var plan: String?

    @Option(help: ArgumentHelp("The audit log to append to (default: ~/.local/state/inst/audit.jsonl).", valueName: "file"))
    public var audit: String?

    @Flag(name: .customLong("audit-redact-pii"), help: "Record lead emails in the audit log as keyed hashes.")
    public var auditRedactPII = false

    @Option(help: ArgumentHelp("Rate limit for a bucket, e.g. instantly=600/min.", valueName: "spec"))
    public var rate: [String] = []

    @Option(name: .customLong("allow-read"), help: ArgumentHelp("Let the script read this file or folder.", valueName: "path"))
    public var allowRead: [String] = []

    @Option(name: .customLong("allow-write"), help: ArgumentHelp("Let the script write this file or folder.", valueName: "path"))
    public var allowWrite: [String] = []

    @Option(name: .customLong("var"), help: ArgumentHelp("Set the script's `param NAME`.", valueName: "name=value"))
    public var variables: [String] = []

    @Option(name: .customLong("max-steps"), help: ArgumentHelp("Stop after this many statements and loop iterations.", valueName: "n"))
    public var maxSteps: Int?

    @Option(help: ArgumentHelp("Stop after this many seconds.", valueName: "seconds"))
    public var timeout: Double?

    @Option(name: .customLong("max-calls"), help: ArgumentHelp("Stop before the API request that would pass this many (pages and polls count).", valueName: "n"))
    public var maxCalls: Int?

    @Option(name: .customLong("max-writes"), help: ArgumentHelp("Stop before the write that would pass this many in the run.", valueName: "n"))
    public var maxWrites: Int?

    @Option(name: .customLong("max-leads-per-day"), help: ArgumentHelp("Stop before a lead load that would pass this many in 24 hours (from the audit log).", valueName: "n"))
    public var maxLeadsPerDay: Int?

    @Option(name: .customLong("max-emails-per-day"), help: ArgumentHelp("Stop before an email send that would pass this many in 24 hours (from the audit log).", valueName: "n"))
    public var maxEmailsPerDay: Int?

    @Option(name: .customLong("allow-campaign"), help: ArgumentHelp("Let writes touch only these campaigns (ids).", valueName: "id"))
    public var allowedCampaigns: [String] = []

    @Option(name: .customLong("deny-campaign"), help: ArgumentHelp("Never let writes touch this campaign (id).", valueName: "id"))
    public var deniedCampaigns: [String] = []

    @Flag(help: "Print results and errors as JSON. (not available yet)")
    public var json = false

    @Option(help: ArgumentHelp("Use credentials and settings from this profile of ~/.config/inst/config.toml.", valueName: "name"))
    public var profile: String?

    public init() {}

    public func validate() throws {
        if let flag = laterFlag {
            throw ValidationError("\(flag) is not available yet: it arrives with later work (see `inst --help`)")
        }
        for (flag, value) in [("--max-steps", maxSteps), ("--max-calls", maxCalls), ("--max-writes", maxWrites),
                              ("--max-leads-per-day", maxLeadsPerDay), ("--max-emails-per-day", maxEmailsPerDay)] {
            if let value, value <= 0 { throw ValidationError("\(flag) must be a positive number (got \(value))") }
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
        json ? "--json" : nil
    }

    /// The limits these flags ask for.
    var limits: ExecutionLimits {
        ExecutionLimits(maxSteps: maxSteps, timeout: timeout.map { .milliseconds(Int64((min($0, 1e9) * 1000).rounded(.up))) })
    }

    /// The policy caps these flags set (they override the profile's).
    var policy: RunPolicy {
        RunPolicy(maxCalls: maxCalls, maxWrites: maxWrites, maxLeadsPerDay: maxLeadsPerDay, maxEmailsPerDay: maxEmailsPerDay,
                  allowedCampaigns: allowedCampaigns, deniedCampaigns: deniedCampaigns)
    }

    /// The `--var` values (already validated).
    var scriptVariables: ScriptVariables {
        (try? ScriptVariables(assignments: variables)) ?? ScriptVariables()
    }
}
