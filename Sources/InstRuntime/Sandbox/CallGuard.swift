import InstLanguage

/// A service's commands behind the sandbox: before a command that reads, spends or writes runs,
/// the journal's ``ScopeGrant`` must allow one of the scopes its operation needs — else the run
/// stops with a policy error naming the scope and the `require` line to add, before anything is
/// sent (in dry-run too). Around the command, the journal's ``CallSite`` is entered and left, so
/// the layers below know which line each request comes from — the script's line, also for a
/// command inside a module's procedure (``CommandContext/origin``).
///
///     interpreter.register(CallGuard(instantly, service: "instantly", requiredScopes: scopes, journal: journal))
public struct CallGuard: HostModule {
    public let base: any HostModule
    /// The `require` subject: `instantly`, `ghl`.
    public let service: String
    /// Per command name, the scopes of which any one allows it. A command missing here needs
    /// only that the script declared some scope of the service.
    public let requiredScopes: [String: [String]]
    public let journal: RunJournal

    public init(_ base: any HostModule, service: String, requiredScopes: [String: [String]], journal: RunJournal) {
        self.base = base
        self.service = service
        self.requiredScopes = requiredScopes
        self.journal = journal
    }

    public var commands: [CommandSpec] {
        base.commands.map(guarded)
    }

    private func guarded(_ command: CommandSpec) -> CommandSpec {
        switch command.effect {
        case .pure, .output: return command
        case .read, .metered, .write: break
        }
        var guarded = command
        let (name, run, journal, service) = (command.name, command.run, journal, service)
        let scopes = requiredScopes[name]
        guarded.run = { arguments, context in
            try ScopeCheck(service: service, command: name, scopes: scopes).verify(journal.grant)
            let site = CallSite(command: name, origin: context.origin)
            journal.enter(site)
            defer { journal.leave() }
            return Self.marking(try run(arguments, context), with: site, in: journal)
        }
        return guarded
    }

    /// A listing's later pages are fetched as the pipeline pulls them, after the command
    /// returned: its stream re-enters the command's site around each pull (and then restores
    /// the site of whatever command is pulling).
    private static func marking(_ result: Value, with site: CallSite, in journal: RunJournal) -> Value {
        guard case .stream(let stream) = result, !stream.isMemoized else { return result }
        let cursor = CursorBox(stream.makeCursor())
        return .stream(ValueStream {
            let outer = journal.site
            journal.enter(site)
            defer { if let outer { journal.enter(outer) } else { journal.leave() } }
            return try cursor.cursor.next()
        })
    }
}

/// A stream cursor the pulling closure can advance.
private final class CursorBox {
    var cursor: ValueStream.Cursor

    init(_ cursor: ValueStream.Cursor) {
        self.cursor = cursor
    }
}
