import InstTransport
import Synchronization

/// What the layers of one run (or REPL session) share about it: its id and mode, the script,
/// the call being made and the warnings said about it, and what the script may touch.
///
/// The command wrapper enters a ``CallSite`` before an API command runs and leaves it after;
/// the warnings the command emits meanwhile are noted here, so the plan and the audit log can
/// say which line a request came from and what the runtime warned about it. Commands run on
/// one interpreter thread at a time; the lock makes reads from transport tasks safe.
public final class RunJournal: Sendable {
    public let runID: String
    /// The script's path and SHA-256 (`nil` for the REPL and `inst -c`).
    public let scriptPath: String?
    public let scriptSHA256: String?
    /// `--spend`: metered calls are sent in dry-run too.
    public let spend: Bool

    private struct State {
        var mode: AuditMode
        var site: CallSite?
        var warnings: [String] = []
        var grant: ScopeGrant
    }

    private let state: Mutex<State>

    public init(
        runID: String, mode: AuditMode, spend: Bool = false, scriptPath: String? = nil, scriptSHA256: String? = nil,
        grant: ScopeGrant = .everything
    ) {
        self.runID = runID
        self.scriptPath = scriptPath
        self.scriptSHA256 = scriptSHA256
        self.spend = spend
        self.state = Mutex(State(mode: mode, grant: grant))
    }

    /// Dry-run or live; the REPL may switch it.
    public var mode: AuditMode {
        get { state.withLock { $0.mode } }
        set { state.withLock { $0.mode = newValue } }
    }

    /// What the script declared it may touch; ``ScopeGrant/everything`` for the REPL and `-c`.
    public var grant: ScopeGrant {
        get { state.withLock { $0.grant } }
        set { state.withLock { $0.grant = newValue } }
    }

    /// The call being made, if a command is running.
    public var site: CallSite? { state.withLock { $0.site } }

    /// The warnings noted since the current command was entered.
    public var warnings: [String] { state.withLock { $0.warnings } }

    /// A command starts: later requests come from `site`.
    public func enter(_ site: CallSite) {
        state.withLock {
            $0.site = site
            $0.warnings = []
        }
    }

    /// The command is done.
    public func leave() {
        state.withLock {
            $0.site = nil
            $0.warnings = []
        }
    }

    /// A warning said about the current call (shown to the user as well).
    public func note(warning: String) {
        state.withLock { $0.warnings.append(warning) }
    }

    /// Whether a request with `effect` is planned rather than sent: in dry-run, writes always,
    /// metered calls unless `--spend`.
    public func plans(_ effect: RequestEffect) -> Bool {
        guard mode == .dryRun else { return false }
        switch effect {
        case .read: return false
        case .metered: return !spend
        case .write: return true
        }
    }
}
