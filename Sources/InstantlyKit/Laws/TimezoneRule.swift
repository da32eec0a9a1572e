import APISchema
import InstLanguage

/// Law 3 in requests: every `timezone` a body gives where the schema has an enum (campaign and
/// inbox-placement schedules) must be in it; outside it, the error names the accepted twin.
enum TimezoneRule {
    /// Throws for the first timezone outside its schema's enum.
    static func check(_ body: Value, schema: JSONSchema?) throws(APIError) {
        var failure: APIError?
        BodyWalk.strings(in: body, schema: schema) { visit in
            guard failure == nil, visit.key == "timezone", let allowed = visit.schema?.enumValues else { return }
            let verdict = TimezoneAdvisor.verdict(for: visit.text, accepted: TimezoneAdvisor.zones(in: allowed))
            if let message = verdict.message {
                failure = APIError.invalidArgument(visit.path, message, hint: verdict.hint)
            }
        }
        if let failure { throw failure }
    }

    /// Law 3's advice for a schema violation that is a timezone outside the enum (the schema
    /// check finds those first): the accepted twin, or why there is none.
    static func hint(for violation: SchemaViolation, in call: APICall, for operation: APIOperation) -> String? {
        guard violation.kind == .notAllowed, violation.path == "timezone" || violation.path.hasSuffix(".timezone"),
              case .string(let zone)? = BodyWalk.value(at: violation.path, in: call),
              let allowed = BodyWalk.schema(at: violation.path, in: operation)?.enumValues
        else { return nil }
        let verdict = TimezoneAdvisor.verdict(for: zone, accepted: TimezoneAdvisor.zones(in: allowed))
        guard let message = verdict.message else { return nil }
        return message + (verdict.hint.map { "; \($0)" } ?? "")
    }
}
