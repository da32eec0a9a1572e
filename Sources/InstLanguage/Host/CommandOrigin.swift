/// Where a running command comes from, as the script being run sees it: the line of that script
/// that led to it, and the procedures of other files (stdlib or `use`d modules, earlier REPL
/// entries) it went through on the way.
///
/// A command written in the script itself (at top level, in the script's own procedures, in a
/// block it passes anywhere) is its own origin with no `via`. A command inside
/// `sync.replies_to_ghl`, called at `reply_sync.inst:14`, has that call as its place and
/// `via == [sync.replies_to_ghl at sync.inst:34]`.
public struct CommandOrigin: Sendable {
    /// The place in the script being run: the command, or the call that led out of the script.
    public var span: SourceSpan
    /// The procedures between ``span`` and the command, outermost first.
    public var via: [Step]

    /// One procedure on the way: its name, and the place inside it of the command or of the
    /// call that led on.
    public struct Step: Sendable {
        public var procedure: String
        public var span: SourceSpan

        public init(procedure: String, span: SourceSpan) {
            self.procedure = procedure
            self.span = span
        }
    }

    public init(span: SourceSpan, via: [Step] = []) {
        self.span = span
        self.via = via
    }
}

extension Execution {
    /// The origin of a command at `span` running inside the calls now active.
    ///
    /// The script being run is the file of the outermost call's site (or of `span` with no call
    /// active). From the command outward, each call whose body is not in that file is stepped
    /// over — a procedure becomes a ``CommandOrigin/Step`` at the innermost place reached inside
    /// it (a block adds none: its lines belong to the procedure around it) — until a place in the
    /// script is reached.
    func origin(of span: SourceSpan) -> CommandOrigin {
        guard depth > 0 else { return CommandOrigin(span: span) }
        let script = calls.record(at: 1).file.takeUnretainedValue()
        var place = span
        var inside: SourceSpan?  // the innermost place inside the procedure being stepped over
        var via: [CommandOrigin.Step] = []
        var level = depth
        while level > 0, place.file !== script {
            let call = calls.record(at: level)
            let innermost = inside ?? place
            if let procedure = call.procedure?.takeUnretainedValue() {
                via.append(CommandOrigin.Step(procedure: procedure.name, span: innermost))
                inside = nil
            } else {
                inside = innermost
            }
            place = call.callSite
            level -= 1
        }
        return CommandOrigin(span: place, via: via.reversed())
    }
}

extension CommandContext {
    /// Where this command comes from in the script being run (see ``CommandOrigin``); plans and
    /// audit records cite it.
    public var origin: CommandOrigin {
        execution.origin(of: span)
    }
}
