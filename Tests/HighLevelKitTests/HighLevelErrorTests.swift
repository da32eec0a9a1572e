import APISchema
@testable import HighLevelKit
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// The service's refusals as values scripts can catch.
@Suite struct HighLevelErrorTests {
    private static func error(_ status: Int, _ body: String, headers: HeaderFields = [:]) -> APIError? {
        let operation = HighLevelCatalog.operations[0]
        let response = RecordingTransport.json(body, status: status, headers: headers)
        guard case .failure(let error) = HighLevelResponse.result(of: response, for: operation) else { return nil }
        return error
    }

    @Test func unauthorizedAndForbiddenSayWhatToCheck() throws {
        let unauthorized = try #require(Self.error(401, #"{"statusCode":401,"message":"Invalid JWT"}"#))
        #expect(unauthorized.code == "unauthorized" && unauthorized.message == "Invalid JWT")
        #expect(unauthorized.hint?.contains("GHL_TOKEN") == true)
        let forbidden = try #require(Self.error(403, #"{"statusCode":403,"message":"The token does not have access to this location."}"#))
        #expect(forbidden.code == "forbidden" && forbidden.hint?.contains("GHL_LOCATION_ID") == true)
    }

    @Test func aDuplicateContactNamesTheExistingOne() throws {
        let body = #"{"statusCode":400,"message":"This location does not allow duplicated contacts.","meta":{"contactId":"c_42","contactName":"Ann Lee","matchingField":"email"}}"#
        let error = try #require(Self.error(400, body))
        #expect(error.code == "duplicate_contact")
        #expect(error.message.contains("c_42") && error.message.contains("email"))
        #expect(error.hint?.contains("ghl.contacts.update c_42") == true)
        #expect(Self.error(400, #"{"message":"version header is missing"}"#)?.hint?.contains("Version") == true)
    }

    @Test func unprocessableCarriesTheServersMessages() throws {
        let body = #"{"statusCode":422,"message":["property foo should not exist","email must be an email"],"error":"Unprocessable Entity"}"#
        let error = try #require(Self.error(422, body))
        #expect(error.code == "unprocessable")
        #expect(error.message == "property foo should not exist; email must be an email")
    }

    @Test func tooManyRequestsTellsBurstFromDaily() throws {
        let burst = try #require(Self.error(429, #"{"message":"Too many requests"}"#, headers: ["X-RateLimit-Remaining": "0", "X-RateLimit-Daily-Remaining": "900"]))
        #expect(burst.code == "rate_limited" && burst.retryable)
        let daily = try #require(Self.error(429, #"{"message":"Too many requests"}"#, headers: ["x-ratelimit-daily-remaining": "0"]))
        #expect(daily.code == "daily_limit" && !daily.retryable)
        #expect(Self.error(503, "")?.retryable == true)
    }

    @Test func successesPassThroughAndBlankWritesAreEmptyMaps() throws {
        let operation = try #require(HighLevelCatalog.operation(named: "ghl.contacts.delete"))
        let ok = HighLevelResponse.result(of: RecordingTransport.json(#"{"succeded":true,"succeeded":true,"traceId":"t"}"#), for: operation)
        #expect(try ok.get()[field: "succeeded"] == .bool(true))
        let blank = HighLevelResponse.result(of: TransportResponse(status: 200), for: operation)
        #expect(try blank.get() == .map(ValueMap()))
        let html = HighLevelResponse.result(of: TransportResponse(status: 200, body: Array("<html>".utf8)), for: operation)
        #expect(throws: APIError.self) { try html.get() }
    }

    @Test func aScriptCatchesTheDuplicateWithItsPlace() async throws {
        let body = #"{"statusCode":400,"message":"This location does not allow duplicated contacts.","meta":{"contactId":"c_42","matchingField":"email"}}"#
        let harness = HighLevelHarness { _ in RecordingTransport.json(body, status: 400) }
        let error = try #require(await harness.caught(#"ghl.contacts.create email="a@b.co""#))
        #expect(error[field: "status"] == .int(400))
        #expect(error[field: "code"] == .string("duplicate_contact"))
        #expect(error[field: "method"] == .string("POST") && error[field: "path"] == .string("/contacts/"))
        #expect(error[field: "details"] == ["contact_id": "c_42", "matching_field": "email"])
    }
}
