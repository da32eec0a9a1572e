import APISchema
import HighLevelKit
import InstLanguage

extension Backend {
    /// The location the embedded simulator seeds (`loc_northwind`), used there when
    /// GHL_LOCATION_ID is not set.
    static let simulatorHighLevelLocation = "loc_northwind"

    /// The `ghl.*` commands behind the sandbox's scope check (`require ghl "contacts.write"`),
    /// sending through the backend's transport (whose middleware adds the bearer token for
    /// ``InstTransport/ServiceName/highLevel``), with `locationId` defaulting to GHL_LOCATION_ID.
    var highLevelModule: any HostModule {
        let configured = settings.credentials.highLevelLocationID
        let location = configured ?? (isSimulator ? Self.simulatorHighLevelLocation : nil)
        let module = HighLevelModule(client: APIClient(transport: transport), locationID: location)
        return sandboxed(module, service: "ghl", requiredScopes: HighLevelModule.requiredScopes)
    }
}
