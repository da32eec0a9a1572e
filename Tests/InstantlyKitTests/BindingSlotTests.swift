import APISchema
import InstLanguage
import InstTransport
import Testing

/// Where a named argument goes when a name could go to several places.
@Suite struct BindingSlotTests {
    private static func operation(_ method: HTTPMethod, bodyFields: KeyValuePairs<String, JSONSchema>) -> APIOperation {
        APIOperation(
            name: "svc.things.act", operationID: "act", method: method, path: "/things/{id}", summary: "Act",
            scopes: [], effect: .write,
            pathParameters: [APIParameter("id", required: true, schema: JSONSchema(type: .string))],
            queryParameters: [APIParameter("limit", schema: JSONSchema(type: .integer))],
            body: APIRequestBody(schema: JSONSchema(type: .object, properties: bodyFields)))
    }

    private static func kinds(_ operation: APIOperation) -> [String] {
        OperationBinding(operation, service: TestBinding()).parameters.map { "\($0.name):\($0.kind)" }
    }

    /// The call for `id` and `limit` given by name.
    private static func call(_ operation: APIOperation) throws -> APICall {
        let binding = OperationBinding(operation, service: TestBinding())
        let values: [Value?] = binding.parameters.map { ["id": "t 1", "limit": 5][$0.name] }
        return try binding.bind(Arguments(parameters: binding.parameters, values: values), materialize: { _ in [] })
    }

    @Test func aSharedNameGoesToTheBodyForAPost() throws {
        let operation = Self.operation(.post, bodyFields: ["limit": JSONSchema(type: .integer), "id": JSONSchema(type: .string)])
        #expect(Self.kinds(operation) == ["id:positional", "limit:named", "body:named"])
        let call = try Self.call(operation)
        #expect(call == APICall(path: ["id": "t 1"], body: ["limit": 5]))
        let request = try OperationBinding(operation, service: TestBinding()).request(for: call)
        #expect(request.path == "/things/t%201")
        #expect(request.query.isEmpty)
    }

    @Test func aSharedNameGoesToTheQueryForADelete() throws {
        let operation = Self.operation(.delete, bodyFields: ["limit": JSONSchema(type: .integer)])
        #expect(Self.kinds(operation) == ["id:positional", "limit:named", "body:named"])
        #expect(try Self.call(operation) == APICall(path: ["id": "t 1"], query: ValueMap([("limit", 5)]), body: .map(ValueMap())))
    }

    @Test func aBodyFieldNamedBodyReplacesTheWholeBodyParameter() {
        let operation = Self.operation(.post, bodyFields: ["body": JSONSchema(type: .object)])
        let parameters = OperationBinding(operation, service: TestBinding()).parameters
        #expect(parameters.map(\.name) == ["id", "body", "limit"])
        #expect(parameters[1].type == "map")
        #expect(!parameters[1].help.contains("whole JSON body"))
    }
}
