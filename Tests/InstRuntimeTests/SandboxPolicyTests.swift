import InstLanguage
@testable import InstRuntime
import InstTransport
import Synchronization
import Testing

/// Counts what reaches the service behind the policy layer.
private final class Service: Sendable {
    let received = Mutex<[String]>([])

    @Sendable func answer(_ request: TransportRequest) async throws -> TransportResponse {
        received.withLock { $0.append(request.operationID) }
        return TransportResponse(status: 200)
    }
}

private func request(_ operation: String, _ effect: RequestEffect, body: String? = nil) -> TransportRequest {
    TransportRequest(
        service: .instantly, method: effect == .read ? .get : .post, pathTemplate: "/api/v2/x",
        body: body.map { Array($0.utf8) }, operationID: operation, effect: effect)
}

/// A usage classifier: `load` carries its body's length in leads, `send` one email, and a
/// write's body names the campaign it touches.
@Sendable private func usage(_ request: TransportRequest) -> RequestUsage {
    let body = request.body.map { String(decoding: $0, as: UTF8.self) } ?? ""
    return RequestUsage(
        leads: request.operationID == "load" ? body.count : 0,
        emails: request.operationID == "send" ? 1 : 0,
        campaigns: body.hasPrefix("c") ? [body] : [])
}

/// Sends each request through `policy`; returns the refusal that stopped them, if any.
private func send(_ requests: [TransportRequest], through policy: PolicyMiddleware, to service: Service) async -> ScriptError? {
    for request in requests {
        do {
            _ = try await policy.intercept(request, next: service.answer)
        } catch {
            return error as? ScriptError
        }
    }
    return nil
}

@Suite struct SandboxPolicyTests {
    @Test func maxCallsCountsEveryRequestAndRefusesTheOneOver() async throws {
        let service = Service()
        let policy = PolicyMiddleware(policy: RunPolicy(maxCalls: 3), usage: usage)
        let refusal = await send(Array(repeating: request("list", .read), count: 2) + [request("w", .write), request("list", .read)],
                                 through: policy, to: service)
        let error = try #require(refusal)
        #expect(error.kind == .policy)
        #expect(!error.isCatchable)
        #expect(error.message == "list (GET /api/v2/x) would be API call 4 of this run; the cap is 3 (--max-calls); nothing more was sent")
        #expect(service.received.withLock { $0 } == ["list", "list", "w"])
    }

    @Test func maxWritesCountsOnlyWrites() async throws {
        let service = Service()
        let policy = PolicyMiddleware(policy: RunPolicy(maxWrites: 1), usage: usage)
        let error = await send([request("w1", .write), request("r", .read), request("m", .metered), request("w2", .write)],
                               through: policy, to: service)
        #expect(error?.message.hasPrefix("w2 (POST /api/v2/x) would be write 2 of this run; the cap is 1 (--max-writes)") == true)
        #expect(service.received.withLock { $0 } == ["w1", "r", "m"])
    }

    @Test func leadsPerDayAddsTheAuditLogsDayToThisRun() async throws {
        let service = Service()
        let reads = Mutex(0)
        let policy = PolicyMiddleware(policy: RunPolicy(maxLeadsPerDay: 10), usage: usage) {
            reads.withLock { $0 += 1 }
            return DailyUsage(leads: 6)
        }
        // 6 from the log + 3 + 1 = 10 is within the cap; 2 more would make 12.
        let error = await send([request("load", .write, body: "xxx"), request("load", .write, body: "x"), request("load", .write, body: "xx")],
                               through: policy, to: service)
        #expect(error?.message == "load (POST /api/v2/x) would load 2 leads on top of 10 in the last 24 hours; the cap is 10 (--max-leads-per-day); it was not sent")
        #expect(service.received.withLock { $0.count } == 2)
        #expect(reads.withLock { $0 } == 1)
    }

    @Test func emailsPerDayRefusesTheSendOver() async throws {
        let service = Service()
        let policy = PolicyMiddleware(policy: RunPolicy(maxEmailsPerDay: 1), usage: usage) { DailyUsage(emails: 1) }
        let error = await send([request("list", .read), request("send", .write)], through: policy, to: service)
        #expect(error?.message.contains("would send 1 email on top of 1 in the last 24 hours") == true)
        #expect(service.received.withLock { $0 } == ["list"])
    }

    @Test func campaignListsHoldWrites() async throws {
        let service = Service()
        let denied = PolicyMiddleware(policy: RunPolicy(deniedCampaigns: ["c-prod"]), usage: usage)
        let deniedError = await send([request("w", .write, body: "c-test"), request("w", .write, body: "c-prod")], through: denied, to: service)
        #expect(deniedError?.message == "w (POST /api/v2/x) touches campaign c-prod, which writes may not touch (--deny-campaign); it was not sent")

        let allowed = PolicyMiddleware(policy: RunPolicy(allowedCampaigns: ["c-test"]), usage: usage)
        let allowedError = await send([request("w", .write, body: "c-test"), request("w", .write), request("w", .write, body: "c-other")],
                                      through: allowed, to: service)
        #expect(allowedError?.message.contains("touches campaign c-other; writes may touch only c-test (--allow-campaign)") == true)
        #expect(allowedError?.hint == "add it with --allow-campaign c-other")
        #expect(service.received.withLock { $0.count } == 3)
    }

    @Test func theDayCountsLiveSentRecordsOfTheLast24Hours() {
        let now: Int64 = 1_790_000_000_000
        func record(_ operation: String, hoursAgo: Int64, mode: AuditMode = .live, outcome: AuditOutcome = .sent, units: Int? = nil) -> AuditRecord {
            AuditRecord(
                sequence: 1, time: CivilDate.iso8601(millisecondsSince1970: now - hoursAgo * 3_600_000), runID: "r", mode: mode,
                operation: operation, method: "POST", pathTemplate: "/x", effect: "write", requestDigest: "d", dryRun: mode == .dryRun,
                outcome: outcome, units: units)
        }
        let records = [
            record("load", hoursAgo: 1), record("load", hoursAgo: 2, units: 40), record("load", hoursAgo: 25),
            record("load", hoursAgo: 1, mode: .dryRun, outcome: .planned), record("load", hoursAgo: 1, outcome: .intent),
            record("send", hoursAgo: 3), record("other", hoursAgo: 1),
        ]
        let day = DailyUsage(records: records, since: now - 24 * 3_600_000) { record in
            RequestUsage(leads: record.operation == "load" ? record.units ?? 1 : 0, emails: record.operation == "send" ? 1 : 0)
        }
        #expect(day == DailyUsage(leads: 41, emails: 1))
    }
}
