import APISchema
import InstLanguage

/// Every GoHighLevel contacts and workflows operation as a command (`ghl.contacts.upsert`,
/// `ghl.workflows.list`, …; docs/highlevel.md).
///
///     interpreter.register(HighLevelModule(client: APIClient(transport: transport), locationID: "loc_1"))
public struct HighLevelModule: HostModule {
    public let commands: [CommandSpec]

    /// The catalog's commands, sending through `client`; `locationID` (`GHL_LOCATION_ID`) is the
    /// `locationId` of calls that take one and give none.
    public init(client: APIClient, locationID: String?) {
        let binding = HighLevelBinding(locationID: locationID)
        commands = HighLevelCatalog.operations.map {
            HighLevelCommand.make(OperationBinding($0, service: binding), client: client)
        }
    }

    /// The scopes of which any one allows each command, for the sandbox.
    public static let requiredScopes: [String: [String]] =
        Dictionary(HighLevelCatalog.operations.map { ($0.name, $0.scopes) }, uniquingKeysWith: { first, _ in first })
}
