/// `on reply_received auto_reply_received { … }`: a top-level handler the host runs for each
/// delivered event with one of these names, with the payload in `$event`.
public struct EventHandlerDeclaration: Sendable {
    /// The event names it handles, in the order written (at least one).
    public var events: [Identifier]
    public var body: Block
    /// Comment lines directly above the `on` line.
    public var documentation: String?

    public init(events: [Identifier], body: Block, documentation: String?) {
        self.events = events
        self.body = body
        self.documentation = documentation
    }
}
