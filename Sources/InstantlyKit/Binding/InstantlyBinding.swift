import APISchema
import InstLanguage
import InstTransport

/// Instantly's rules on top of the generic binding: the laws of DESIGN.md, one piece each in
/// `Laws/`, consulted by the command machinery at its fixed points.
public struct InstantlyBinding: ServiceBinding {
    public init() {}

    public var service: ServiceName { InstantlyCatalog.service }

    /// Law 1: a browser User-Agent, and `Accept: application/json`.
    public var headers: HeaderFields { InstantlyLaws.headers }

    /// Law 6 (`{}` for bodyless actions), law 8 (no body on bodyless DELETEs), law 3 (timezones),
    /// the campaign rules (days: errors; sequences, delays, email_list: warnings), and laws 4/5
    /// (email body lint: warnings).
    public func review(_ call: inout APICall, for operation: APIOperation) throws -> [String] {
        if InstantlyLaws.sendsEmptyObject(operation) {
            call.body = .map(ValueMap())
            return []
        }
        if InstantlyLaws.sendsNoBody(operation) {
            call.body = nil
            return []
        }
        guard let body = call.body else { return [] }
        do {
            try TimezoneRule.check(body, schema: operation.body?.schema)
            var warnings = try CampaignRules.review(body, method: operation.method.rawValue)
            warnings += EmailBodyReview.warnings(in: body, schema: operation.body?.schema)
            return warnings
        } catch {
            throw error.scriptError
        }
    }

    /// Law 3 for violations the schema found first: a timezone outside the enum names its twin.
    public func hint(for violation: SchemaViolation, in call: APICall, for operation: APIOperation) -> String? {
        TimezoneRule.hint(for: violation, in: call, for: operation)
    }

    public func result(of response: TransportResponse, for operation: APIOperation) -> Result<Value, APIError> {
        InstantlyResponse.result(of: response, for: operation)
    }

    /// Law 12: labels beside status codes.
    public func shape(_ value: Value, for operation: APIOperation) -> Value {
        StatusLabels.labelled(value, for: operation)
    }

    public func paging(for operation: APIOperation) -> Paging? {
        InstantlyPaging.paging(for: operation)
    }

    public func laws(for operation: APIOperation) -> [String] {
        InstantlyLaws.lines(for: operation)
    }
}
