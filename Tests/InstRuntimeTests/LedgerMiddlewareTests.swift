import InstLanguage
import InstRuntime
import InstTransport
import Synchronization
import Testing

/// The ledger layer with a fake service and a fake probe: unknown outcomes are read back, never
/// resent blindly; a resumed run's confirmed writes are answered from the ledger.
@Suite struct LedgerMiddlewareTests {
    static let write = TransportRequest(
        service: .instantly, method: .post, pathTemplate: "/api/v2/leads",
        body: Array(#"{"campaign":"c1","email":"a@example.com"}"#.utf8), operationID: "instantly.leads.create", effect: .write)

    /// A service answering from a script of outcomes, counting what was sent.
    final class Service: Sendable {
        enum Step: Sendable { case answer(Int, String), drop, timeout }
        private let steps: Mutex<[Step]>
        let sent = Mutex<[String]>([])

        init(_ steps: [Step]) { self.steps = Mutex(steps) }

        func send(_ request: TransportRequest) async throws -> TransportResponse {
            sent.withLock { $0.append("\(request.method.rawValue) \(request.path)") }
            let step = steps.withLock { $0.isEmpty ? Step.answer(200, "{}") : $0.removeFirst() }
            switch step {
            case .answer(let status, let body): return TransportResponse(status: status, body: Array(body.utf8))
            case .drop: throw TransportError.connection("connection reset by peer")
            case .timeout: throw TransportError.timeout(after: .seconds(30))
            }
        }
    }

    /// A probe giving a fixed verdict and counting its checks.
    final class Probe: OutcomeProbe {
        let verdict: OutcomeVerdict
        let checks = Mutex(0)

        init(verdict: OutcomeVerdict) { self.verdict = verdict }

        func check(_ write: TransportRequest, read: @Sendable (TransportRequest) async throws -> TransportResponse) async -> OutcomeVerdict {
            checks.withLock { $0 += 1 }
            return verdict
        }
    }

    static func ledger(_ probe: Probe, resuming ledger: RunLedger? = nil, live: Bool = true) -> LedgerMiddleware {
        LedgerMiddleware(runID: "run-7", sends: { _ in live }, probe: probe, ledger: ledger)
    }

    @Test func answeredWritesPassThrough() async throws {
        let service = Service([.answer(200, #"{"id":"l1"}"#)])
        let probe = Probe(verdict: .notLanded)
        let response = try await Self.ledger(probe).intercept(Self.write, next: service.send)
        #expect(response.bodyText == #"{"id":"l1"}"#)
        #expect(LedgerMark.of(response) == nil)
        #expect(probe.checks.withLock { $0 } == 0)
    }

    @Test(arguments: [Service.Step.timeout, .drop, .answer(502, "bad gateway")])
    func landedWriteIsAnsweredFromTheReadBack(first: Service.Step) async throws {
        let service = Service([first])
        let found = TransportResponse(status: 200, body: Array(#"{"id":"l1","email":"a@example.com"}"#.utf8))
        let probe = Probe(verdict: .landed(found))
        let response = try await Self.ledger(probe).intercept(Self.write, next: service.send)
        #expect(response.body == found.body)
        #expect(LedgerMark.of(response) == .confirmed)
        #expect(service.sent.withLock { $0 } == ["POST /api/v2/leads"], "sent once, never again")
        #expect(probe.checks.withLock { $0 } == 1)
    }

    @Test func writeProvenNotLandedIsSentOnceMore() async throws {
        let service = Service([.timeout, .answer(200, #"{"id":"l2"}"#)])
        let response = try await Self.ledger(Probe(verdict: .notLanded)).intercept(Self.write, next: service.send)
        #expect(response.bodyText == #"{"id":"l2"}"#)
        #expect(LedgerMark.of(response) == .resent)
        #expect(service.sent.withLock { $0 }.count == 2)
    }

    @Test func secondUnknownAfterResendingIsNotSentAThirdTime() async throws {
        let service = Service([.timeout, .drop, .answer(200, "{}")])
        await #expect(throws: ScriptError.self) {
            try await Self.ledger(Probe(verdict: .notLanded)).intercept(Self.write, next: service.send)
        }
        #expect(service.sent.withLock { $0 }.count == 2)
    }

    @Test func uncheckableWriteIsACatchableUnknownOutcome() async throws {
        let service = Service([.answer(503, "unavailable")])
        let probe = Probe(verdict: .cannotCheck("Instantly offers no way to read back instantly.leads.delete"))
        do {
            _ = try await Self.ledger(probe).intercept(Self.write, next: service.send)
            Issue.record("expected an unknown outcome")
        } catch let error as ScriptError {
            #expect(error.kind == .failure)
            #expect(UnknownOutcome.matches(error))
            #expect(error.message.contains("may have been delivered"))
            #expect(error.message.contains("HTTP 503"))
            guard case .map(let payload) = error.payload else { return }
            guard case .string(let hint)? = payload["hint"] else { return }
            #expect(hint.contains("--resume run-7"))
        }
        #expect(service.sent.withLock { $0 }.count == 1)
    }

    @Test func readsAndPlannedWritesAreNotGuarded() async throws {
        let service = Service([.answer(500, "oops")])
        let probe = Probe(verdict: .notLanded)
        let response = try await Self.ledger(probe, live: false).intercept(Self.write, next: service.send)
        #expect(response.status == 500)
        #expect(probe.checks.withLock { $0 } == 0)
    }

    @Test func resumeAnswersConfirmedWritesWithoutSending() async throws {
        let other = TransportRequest(
            service: .instantly, method: .post, pathTemplate: "/api/v2/leads",
            body: Array(#"{"campaign":"c1","email":"b@example.com"}"#.utf8), operationID: "instantly.leads.create", effect: .write)
        let ledger = RunLedger(runID: "run-7", entries: [
            LedgerEntry(key: LedgerKey(Self.write), state: .confirmed(status: 200, answer: Array(#"{"id":"l1"}"#.utf8))),
        ])
        let service = Service([.answer(200, #"{"id":"l9"}"#)])
        let middleware = Self.ledger(Probe(verdict: .notLanded), resuming: ledger)
        let replayed = try await middleware.intercept(Self.write, next: service.send)
        #expect(replayed.bodyText == #"{"id":"l1"}"#)
        #expect(LedgerMark.of(replayed) == .replayed)
        let fresh = try await middleware.intercept(other, next: service.send)
        #expect(fresh.bodyText == #"{"id":"l9"}"#)
        // The same write a second time was not in the ledger twice: it is sent.
        _ = try await middleware.intercept(Self.write, next: service.send)
        #expect(service.sent.withLock { $0 }.count == 2)
        #expect(ledger.remaining == 0)
    }

    @Test func resumeProbesAWriteWhoseOutcomeWasUnknown() async throws {
        let ledger = RunLedger(runID: "run-7", entries: [LedgerEntry(key: LedgerKey(Self.write), state: .unknown)])
        let service = Service([])
        let found = TransportResponse(status: 200, body: Array(#"{"id":"l1"}"#.utf8))
        let response = try await Self.ledger(Probe(verdict: .landed(found)), resuming: ledger).intercept(Self.write, next: service.send)
        #expect(LedgerMark.of(response) == .confirmed)
        #expect(service.sent.withLock { $0 }.isEmpty)
    }
}
