import APISchema
@testable import InstantlyKit
import InstLanguage
import InstTransport
import Testing

@Suite("Instantly answers and errors")
struct LawErrorTests {
    let binding = InstantlyBinding()
    let get = InstantlyCatalog.campaignsGet
    let update = InstantlyCatalog.campaignsUpdate

    func answer(_ status: Int, _ body: String, headers: HeaderFields = [:]) -> TransportResponse {
        TransportResponse(status: status, headers: headers, body: Array(body.utf8))
    }

    func error(_ response: TransportResponse, for operation: APIOperation? = nil) -> APIError? {
        if case .failure(let error) = binding.result(of: response, for: operation ?? get) { return error }
        return nil
    }

    @Test func successBodiesDecode() throws {
        #expect(try binding.result(of: answer(200, #"{"id":"c1","status":1}"#), for: get).get() == ["id": "c1", "status": 1])
        #expect(try binding.result(of: answer(200, ""), for: get).get() == .null)
        #expect(try binding.result(of: answer(204, " \n"), for: InstantlyCatalog.leadsDelete).get() == [:])
    }

    @Test func fastifyBadRequestKeepsTheServersMessage() {
        let body = #"{"statusCode":400,"error":"Bad Request","message":"body/email must match format \"email\""}"#
        let error = error(answer(400, body))
        #expect(error?.status == 400)
        #expect(error?.code == "bad_request")
        #expect(error?.message == #"body/email must match format "email""#)
        #expect(error?.retryable == false)
    }

    @Test func unauthorizedPointsAtTheKeyAndLaw2() {
        let error = error(answer(401, #"{"statusCode":401,"error":"Unauthorized","message":"Invalid API key"}"#))
        #expect(error?.code == "unauthorized")
        #expect(error?.hint?.contains("INSTANTLY_API_KEY") == true)
        #expect(error?.hint?.contains("law 2") == true)
    }

    @Test func forbiddenNamesTheScopesThatAllowTheOperation() {
        let error = error(answer(403, #"{"statusCode":403,"error":"Forbidden","message":"missing scope"}"#), for: update)
        #expect(error?.code == "forbidden")
        #expect(error?.hint == "the key needs one of these scopes: campaigns:update, campaigns:all, all:update, all:all")
    }

    @Test func cloudflare1010IsExplainedAsLaw1() {
        for body in ["error code: 1010", "<html><title>Access denied</title><body>error code: 1010</body></html>"] {
            let error = error(answer(403, body))
            #expect(error?.code == "cloudflare_1010")
            #expect(error?.hint?.contains("law 1") == true)
        }
    }

    @Test func paymentNotFoundConflictUnprocessable() {
        #expect(error(answer(402, "{}"))?.code == "payment_required")
        #expect(error(answer(404, #"{"message":"Campaign not found"}"#))?.message == "Campaign not found")
        #expect(error(answer(404, ""))?.code == "not_found")
        #expect(error(answer(409, ""))?.code == "conflict")
        #expect(error(answer(422, #"{"statusCode":422,"message":["a should not exist","b is wrong"]}"#))?.message == "a should not exist; b is wrong")
    }

    @Test func rateLimitCarriesRetryAfter() {
        let error = error(answer(429, "{}", headers: ["Retry-After": "7"]))
        #expect(error?.code == "rate_limited")
        #expect(error?.retryable == true)
        #expect(error?.hint?.hasPrefix("retry after 7 s") == true)
        #expect(self.error(answer(429, ""))?.hint?.hasPrefix("retry later") == true)
    }

    @Test func serverErrorsAreRetryableAndWarnForWrites() {
        let read = error(answer(503, ""))
        #expect(read?.retryable == true)
        #expect(read?.hint?.contains("safe to repeat") == true)
        let write = error(answer(500, ""), for: update)
        #expect(write?.retryable == true)
        #expect(write?.hint?.contains("may have been delivered") == true)
    }

    @Test func notImplementedIsNotRetryable() {
        let body = #"{"statusCode":501,"error":"Not Implemented","message":"GET /api/v2/workspaces/current is an operation of the official API that the inst simulator does not implement"}"#
        let error = error(answer(501, body))
        #expect(error?.code == "not_implemented")
        #expect(error?.retryable == false)
        #expect(error?.hint?.contains("will not help") == true)
        #expect(error?.message.hasPrefix("GET /api/v2/workspaces/current is an operation") == true)
    }

    @Test func errorOnlyBodiesWithStatus200AreErrors() {
        let auth = error(answer(200, #"{"error":"ACC_AUTH_ERROR"}"#))
        #expect(auth?.status == 200)
        #expect(auth?.code == "acc_auth_error")
        #expect(auth?.hint?.contains("reconnect") == true)
        let worded = error(answer(200, #"{"error":"Something failed","message":"the account is gone"}"#))
        #expect(worded?.code == "service_error")
        #expect(worded?.message == "Something failed: the account is gone")
    }

    @Test func objectsWithAnErrorFieldAmongTheirDataAreResults() throws {
        let bodies = [
            #"{"id":"w1","error":"timeout","status":-1,"url":"https://x.test"}"#,
            #"{"error":null}"#,
            #"{"error":""}"#,
            #"{"success":true,"error":"none"}"#,
            #"[{"error":"x"}]"#,
        ]
        for body in bodies {
            #expect(error(answer(200, body)) == nil, "\(body)")
        }
    }

    @Test func htmlFromAProxyIsAClearError() {
        let page = "<!DOCTYPE html><html><head><title>Bad Gateway</title></head></html>"
        let ok = error(answer(200, page))
        #expect(ok?.code == "invalid_response")
        #expect(ok?.message == #"expected JSON, got an HTML page ("Bad Gateway")"#)
        let failed = error(answer(502, page))
        #expect(failed?.code == "server_error")
        #expect(failed?.message == #"an HTML page ("Bad Gateway")"#)
    }
}
