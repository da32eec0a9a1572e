import InstLanguage

/// `state.seen KEY` and `state.mark KEY`: a script's memory between runs, for doing something
/// once per thing (a reply synced, a lead welcomed). See ``StateStore`` for where it is kept.
///
///     for reply in $replies {
///       if (state.seen $reply.id) { continue }
///       ghl.contacts.upsert …
///       state.mark $reply.id
///     }
public struct StateModule: HostModule {
    public let store: StateStore

    public init(store: StateStore) {
        self.store = store
    }

    public var commands: [CommandSpec] {
        [
            CommandSpec(
                "state.seen",
                summary: "Whether this script marked a key done (state.mark) in a live run or earlier in this run",
                discussion: """
                    The marks belong to the script file (by its absolute path) and live under the state \
                    directory ($XDG_STATE_HOME/inst/scripts, else ~/.local/state/inst/scripts).
                        if (state.seen $reply.id) { continue }
                    """,
                parameters: [Self.key],
                effect: .read,
                run: { [store] arguments, _ in
                    .bool(try store.seen(Self.key(arguments, command: "state.seen")))
                }
            ),
            CommandSpec(
                "state.mark",
                summary: "Mark a key done for this script, so state.seen finds it in later runs",
                discussion: """
                    A write: a live run saves the mark at once; a dry-run remembers it for the rest of \
                    the run and saves nothing, so the live run that follows still does the work. The REPL \
                    and `inst -c` keep marks in memory only. Returns whether the key was new.
                        state.mark $reply.id
                    """,
                parameters: [Self.key],
                effect: .write,
                run: { [store] arguments, _ in
                    .bool(try store.mark(Self.key(arguments, command: "state.mark")))
                }
            ),
        ]
    }

    private static let key = ParameterSpec("key", required: true, type: "string", help: "what was done: an id, an email, …")

    /// The key as a string: strings as they are, ints written out; anything else is refused.
    private static func key(_ arguments: Arguments, command: String) throws -> String {
        switch arguments["key"] {
        case .string(let key)? where !key.isEmpty: return key
        case .int(let number)?: return String(number)
        default: throw ScriptError.runtime("\(command): the key must be a non-empty string or an int")
        }
    }
}
