import APISchema
import InstLanguage

/// Every Instantly API v2 operation as a command (`instantly.campaigns.list`, …; see
/// docs/instantly-commands.md), plus the conveniences the laws call for (`instantly.verify`,
/// `instantly.body`).
///
/// The operations' bindings are built once, here; a call only binds its arguments and sends.
///
///     interpreter.register(InstantlyModule(client: APIClient(transport: simulator)))
public struct InstantlyModule: HostModule {
    public let commands: [CommandSpec]

    /// The catalog's commands and the conveniences, sending through `client` with Instantly's laws.
    public init(client: APIClient, options: Options = Options()) {
        self.init(client: client, binding: InstantlyBinding(),
                  extra: InstantlyConveniences.commands(client: client, options: options))
    }

    /// Builds the commands for `operations` (the whole catalog by default) on `binding`,
    /// followed by `extra` commands.
    init(
        client: APIClient, binding: any ServiceBinding,
        operations: [APIOperation] = InstantlyCatalog.operations, extra: [CommandSpec] = []
    ) {
        commands = operations.map { OperationBinding($0, service: binding).command(client: client) } + extra
    }
}
