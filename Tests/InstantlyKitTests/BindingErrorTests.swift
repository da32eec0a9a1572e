import APISchema
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// Failed calls become values scripts catch: the service's errors with their status, and
/// transport faults with a code; cancellation stops the script instead.
@Suite struct BindingErrorTests {
    private let get = "instantly.campaigns.get \"\(campaignID)\""

    @Test func anErrorStatusBecomesACatchableMap() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json(#"{"message":"Campaign not found"}"#, status: 404) }
        let payload = try #require(await harness.caught(get))
        #expect(payload == .map(ValueMap([
            ("status", .int(404)), ("code", .string("http_404")), ("message", .string(#"{"message":"Campaign not found"}"#)),
            ("hint", .null), ("retryable", .bool(false)),
            ("method", .string("GET")), ("path", .string("/api/v2/campaigns/\(campaignID)")),
            ("details", .map(ValueMap())),
        ])))
    }

    @Test func theErrorMessageNamesTheRequest() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json("slow down", status: 429) }
        let error = try #require(await harness.failure(get) as? ScriptError)
        #expect(error.kind == .failure)
        #expect(error.message == "GET /api/v2/campaigns/\(campaignID): slow down")
        #expect(error.payload[field: "retryable"] == .bool(true))
    }

    @Test func scriptsCatchAPIErrors() async throws {
        let harness = CommandHarness { _ in RecordingTransport.json("{}", status: 403) }
        let result = try await harness.run("let status = 0\ntry { \(get) } catch err { set status = $err.status }\n$status")
        #expect(result == .int(403))
    }

    @Test(arguments: [
        (TransportError.timeout(after: .seconds(30)), "timeout", true),
        (TransportError.connection("refused"), "connection", true),
        (TransportError.bodyTooLarge(limit: 1024), "body_too_large", false),
        (TransportError.invalidResponse("garbage"), "invalid_response", false),
    ])
    func transportFaultsBecomeCatchableValues(fault: TransportError, code: String, retryable: Bool) async throws {
        let harness = CommandHarness { _ in throw fault }
        let payload = try #require(await harness.caught(get))
        #expect(payload[field: "status"] == .null)
        #expect(payload[field: "code"] == .string(code))
        #expect(payload[field: "retryable"] == .bool(retryable))
        #expect(payload[field: "message"] == .string(fault.description))
    }

    @Test func aWriteWithoutAnswerMayHaveBeenDelivered() async throws {
        let harness = CommandHarness { _ in throw TransportError.timeout(after: .seconds(30)) }
        let write = try #require(await harness.caught(#"instantly.campaigns.activate "\#(campaignID)""#))
        #expect(write[field: "code"] == .string("timeout"))
        guard case .string(let hint)? = write[field: "hint"] else { Issue.record("no hint on a write"); return }
        #expect(hint.contains("may have been delivered"))
        #expect(try #require(await harness.caught(get))[field: "hint"] == .null, "a read is safe to repeat")
    }

    @Test func aMessageThatNamesTheRequestIsNotPrefixedTwice() {
        let error = APIError(status: 501, code: "not_implemented", message: "GET /api/v2/x is not implemented",
                             method: "GET", path: "/api/v2/x")
        #expect(error.scriptError.message == "GET /api/v2/x is not implemented")
        let other = APIError(status: 404, code: "not_found", message: "GET /api/v2/xyz", method: "GET", path: "/api/v2/x")
        #expect(other.scriptError.message == "GET /api/v2/x: GET /api/v2/xyz")
    }

    @Test func aCancelledRequestStopsTheScript() async throws {
        let harness = CommandHarness { _ in throw TransportError.cancelled }
        let error = try #require(await harness.failure("try { \(get) } catch err { 1 }") as? ScriptError)
        #expect(error.kind == .cancelled)
    }

    @Test func interruptingTheRunCancelsAWaitingRequest() async throws {
        let flag = CancellationFlag()
        let harness = CommandHarness(cancellation: flag) { _ in
            flag.cancel()
            return try await Self.waitUntilCancelled()
        }
        let error = try #require(await harness.failure(get) as? ScriptError)
        #expect(error.kind == .cancelled)
        #expect(harness.transport.requests.count == 1)
    }

    /// Suspends until the task is cancelled, then throws as a transport would.
    private static func waitUntilCancelled() async throws -> TransportResponse {
        let gate = CancellationGate()
        await withTaskCancellationHandler {
            await gate.wait()
        } onCancel: {
            gate.open()
        }
        throw TransportError.cancelled
    }
}
