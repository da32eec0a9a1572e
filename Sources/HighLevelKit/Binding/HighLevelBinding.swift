import APISchema
import InstLanguage
import InstTransport

/// GoHighLevel's rules on top of the generic binding: the `Version` header and a named
/// User-Agent on every call, `locationId` filled in where the operation takes it (law G2), the
/// upsert-tags warning (law G1), and the service's errors as values.
///
/// Unknown body fields are refused before sending by the generic validator: the generated
/// schemas forbid additional properties, as the live API does (422).
public struct HighLevelBinding: ServiceBinding {
    /// The location `locationId` defaults to (`GHL_LOCATION_ID`); nil when none is configured.
    public let locationID: String?

    public init(locationID: String?) {
        self.locationID = locationID
    }

    public var service: ServiceName { HighLevelCatalog.service }

    public var headers: HeaderFields { HighLevelLaws.headers }

    public func review(_ call: inout APICall, for operation: APIOperation) throws -> [String] {
        try HighLevelLocation.fill(&call, for: operation, configured: locationID)
        if operation.name == "ghl.contacts.upsert", case .map(let body)? = call.body, body["tags"] != nil {
            return ["`tags` replace all of the contact's tags (law G1); to add tags use ghl.contacts.add_tags"]
        }
        return []
    }

    public func result(of response: TransportResponse, for operation: APIOperation) -> Result<Value, APIError> {
        HighLevelResponse.result(of: response, for: operation)
    }

    /// A `list…` command's answer is its items (``HighLevelLists``); any other is as it came.
    public func shape(_ value: Value, for operation: APIOperation) -> Value {
        HighLevelLists.items(of: value, for: operation)
    }

    /// Search pages with `searchAfter` values that are lists, which the generic paging (text
    /// cursors) cannot carry: ``HighLevelSearch`` streams it instead.
    public func paging(for operation: APIOperation) -> Paging? {
        nil
    }

    public func laws(for operation: APIOperation) -> [String] {
        HighLevelLaws.lines(for: operation)
    }
}
