import InstLanguage

/// What a ``ScriptHost`` grants the code it runs beyond the language core, and where it reports.
///
/// A script file run with `inst run` is *confined*: before it runs, its `require` lines become
/// the journal's ``ScopeGrant`` (only the declared API-key scopes may be called), its
/// `require read` paths inside its folder become readable (its folder is not readable as a
/// whole), and it gets ``defaultStepBudget`` unless `--max-steps` says otherwise. Code a person
/// types (`inst -c`, the REPL) keeps the whole key and may read the working directory.
/// Either way, files are written only under `--allow-write`.
public struct ScriptSandbox {
    /// The run's journal: warnings said while an API command runs are noted in it (for the plan
    /// and the audit log); a confined script's grant is set on it.
    public var journal: RunJournal?
    /// Files and folders that may be written (`--allow-write`), relative to the working directory.
    public var allowWrite: [String]
    /// Whether the program gets only what its `require` lines declare (`inst run`).
    public var confined: Bool

    /// The step budget of a confined script run without `--max-steps`: far more than any real
    /// script needs, and an infinite loop stops within seconds.
    public static let defaultStepBudget = 100_000_000

    public init(journal: RunJournal? = nil, allowWrite: [String] = [], confined: Bool = false) {
        self.journal = journal
        self.allowWrite = allowWrite
        self.confined = confined
    }

    /// `output` with the warnings said during an API command also noted in the journal.
    func noting(_ output: @escaping (OutputEvent) -> Void) -> (OutputEvent) -> Void {
        guard let journal else { return output }
        return { event in
            if case .warn(let line) = event, journal.site != nil { journal.note(warning: line) }
            output(event)
        }
    }

    /// `policy` narrowed to what `requirements` grant: only their `require read` paths (inside
    /// the script's folder, or already granted by `--allow-read`) and the `--allow-read` paths.
    ///
    /// - Throws: `ScriptError.policy` at a `require` line that cannot be granted: a path outside
    ///   the folder, or a subject that grants nothing (`require write`, a misspelt service).
    static func confine(_ policy: FilePolicy, to requirements: [Requirement]) throws -> FilePolicy {
        var confined = try policy.confined(toRequiredReads: [])
        for requirement in requirements {
            switch requirement.subject.name {
            case "read":
                do {
                    confined = try confined.confined(toRequiredReads: requirement.items)
                } catch var error as ScriptError {
                    error.span = requirement.span
                    throw error
                }
            case let subject where ScopeGrant.services.contains(subject):
                continue
            case "write":
                throw refusal("'require write' grants nothing: scripts write only under --allow-write, which the user gives", at: requirement)
            case let subject:
                throw refusal("'require \(subject)' is not something a script can require (known: instantly, ghl, read)", at: requirement)
            }
        }
        return confined
    }

    private static func refusal(_ message: String, at requirement: Requirement) -> ScriptError {
        var error = ScriptError.policy(message)
        error.span = requirement.span
        return error
    }
}
