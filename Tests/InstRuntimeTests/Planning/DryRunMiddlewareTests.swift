import Foundation
import InstRuntime
import InstTransport
import Synchronization
import Testing

@Suite struct DryRunMiddlewareTests {
    /// The base transport: answers every request with `answer`, keeping what it was sent.
    final class Base: Transport {
        let answer: String
        let status: Int
        private let sent = Mutex<[TransportRequest]>([])
        init(answer: String = #"{"id":"from-service"}"#, status: Int = 200) {
            self.answer = answer
            self.status = status
        }
        var requests: [TransportRequest] { sent.withLock { $0 } }
        func send(_ request: TransportRequest) async throws -> TransportResponse {
            sent.withLock { $0.append(request) }
            return TransportResponse(status: status, body: Array(answer.utf8))
        }
        var preferredExecutor: (any TaskExecutor)? { nil }
    }

    /// An advisor with fixed answers that remembers what it saw.
    final class Advisor: PlanAdvisor {
        let readAnswer: String?
        private let seen = Mutex<[String]>([])
        init(readAnswer: String? = nil) { self.readAnswer = readAnswer }
        var observed: [String] { seen.withLock { $0 } }
        func scopes(for request: TransportRequest) -> [String] { ["leads:create", "leads:all"] }
        func review(_ request: TransportRequest, sequence: Int, planned: Bool) -> [String] {
            ["lint for write \(sequence)", "said by the command"]
        }
        func synthesize(_ request: TransportRequest) -> TransportResponse? {
            if request.effect == .read { return readAnswer.map { TransportResponse(status: 200, body: Array($0.utf8)) } }
            return TransportResponse(status: 200, body: Array(#"{"id":"placeholder"}"#.utf8))
        }
        func observe(_ request: TransportRequest, response: TransportResponse) {
            seen.withLock { $0.append("\(request.method) \(request.path) \(response.bodyText)") }
        }
        func notes() -> [String] { ["a note"] }
    }

    static let create = TransportRequest(
        service: .instantly, method: .post, pathTemplate: "/api/v2/leads", body: Array(#"{"email":"a@b.test"}"#.utf8),
        operationID: "instantly.leads.create", effect: .write)
    static let read = TransportRequest(
        service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/c1",
        operationID: "instantly.campaigns.get", effect: .read)
    static let verify = TransportRequest(
        service: .instantly, method: .post, pathTemplate: "/api/v2/email-verification", body: Array(#"{"email":"a@b.test"}"#.utf8),
        operationID: "instantly.email_verification.create", effect: .metered)

    struct Rig {
        let base: Base
        let advisor: Advisor
        let journal: RunJournal
        let recorder = PlanRecorder()
        let transport: MiddlewareTransport

        init(
            mode: AuditMode = .dryRun, spend: Bool = false, forwards: Bool = false, readAnswer: String? = nil,
            advised: Bool = true, status: Int = 200
        ) {
            base = Base(status: status)
            advisor = Advisor(readAnswer: readAnswer)
            journal = RunJournal(runID: "run-1", mode: mode, spend: spend, scriptPath: "load.inst", scriptSHA256: "abc")
            if advised { recorder.consult(advisor, for: .instantly) }
            transport = MiddlewareTransport(
                base, middleware: [DryRunMiddleware(journal: journal, recorder: recorder, forwardsPlanned: forwards)])
        }
    }

    static func json(_ response: TransportResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func aPlannedWriteAgainstALiveServiceIsAnsweredByTheAdvisorAndRecorded() async throws {
        let rig = Rig()
        rig.journal.enter(CallSite(file: "load.inst", line: 17, column: 3, command: "instantly.leads.create"))
        rig.journal.note(warning: "instantly.leads.create: said by the command")
        let response = try await rig.transport.send(Self.create)
        rig.journal.leave()

        #expect(rig.base.requests.isEmpty)
        let answer = try Self.json(response)
        #expect(answer["id"] as? String == "placeholder")
        #expect(answer["dry_run"] as? Bool == true)
        let entry = try #require(rig.recorder.entries.first)
        #expect(rig.recorder.entries.count == 1)
        #expect(entry.sequence == 1)
        #expect(entry.operation == "instantly.leads.create")
        #expect(entry.method == .post && entry.path == "/api/v2/leads" && entry.pathTemplate == "/api/v2/leads")
        #expect(entry.body == Self.create.body)
        #expect(entry.bodySHA256 == AuditDigest.sha256(Self.create.body ?? []))
        #expect(entry.scope == "leads:create")
        #expect(entry.site?.place == "load.inst:17")
        #expect(entry.warnings == ["instantly.leads.create: said by the command", "lint for write 1"])
        #expect(entry.planned)
        #expect(rig.advisor.observed == [#"POST /api/v2/leads {"id":"placeholder","dry_run":true}"#])
    }

    @Test func againstTheSimulatorAPlannedWriteGoesToItsScratchState() async throws {
        let rig = Rig(forwards: true)
        let response = try await rig.transport.send(Self.create)
        #expect(rig.base.requests.map(\.path) == ["/api/v2/leads"])
        let answer = try Self.json(response)
        #expect(answer["id"] as? String == "from-service")
        #expect(answer["dry_run"] as? Bool == true)
        #expect(rig.recorder.entries.map(\.planned) == [true])
    }

    @Test func readsAreSentUnlessTheyNameSomethingOnlyPlanned() async throws {
        let sent = Rig()
        let response = try await sent.transport.send(Self.read)
        #expect(sent.base.requests.count == 1)
        #expect(try Self.json(response)["dry_run"] == nil)
        #expect(sent.recorder.entries.isEmpty)
        #expect(sent.advisor.observed == [#"GET /api/v2/campaigns/c1 {"id":"from-service"}"#])

        let answered = Rig(readAnswer: #"{"id":"placeholder","status":0}"#)
        let synthetic = try await answered.transport.send(Self.read)
        #expect(answered.base.requests.isEmpty)
        #expect(try Self.json(synthetic)["dry_run"] as? Bool == true)

        // Against the simulator the read always goes to it: it holds the planned objects.
        let simulated = Rig(forwards: true, readAnswer: #"{"id":"placeholder"}"#)
        _ = try await simulated.transport.send(Self.read)
        #expect(simulated.base.requests.count == 1)
    }

    @Test func aLiveRunSendsWritesAndRecordsThemAsSent() async throws {
        let rig = Rig(mode: .live)
        let response = try await rig.transport.send(Self.create)
        #expect(rig.base.requests.count == 1)
        #expect(try Self.json(response)["dry_run"] == nil)
        #expect(rig.recorder.entries.map(\.planned) == [false])
        let plan = rig.recorder.plan(journal: rig.journal, backend: "http")
        #expect(plan.summaryText == "1 × POST /api/v2/leads; 1 sent")

        let refused = Rig(mode: .live, status: 400)
        #expect(try await refused.transport.send(Self.create).status == 400)
        #expect(refused.recorder.entries.isEmpty)
    }

    @Test func meteredCallsArePlannedWithoutSpendAndSentWithIt() async throws {
        let planned = Rig()
        _ = try await planned.transport.send(Self.verify)
        #expect(planned.base.requests.isEmpty)
        #expect(planned.recorder.entries.map(\.effect) == [.metered])

        let spent = Rig(spend: true)
        _ = try await spent.transport.send(Self.verify)
        #expect(spent.base.requests.count == 1)
        #expect(spent.recorder.entries.isEmpty)
    }

    @Test func withoutAnAdvisorAPlannedWriteGetsAnEmptyFlaggedObject() async throws {
        let rig = Rig(advised: false)
        let response = try await rig.transport.send(Self.create)
        #expect(response.bodyText == #"{"dry_run":true}"#)
        #expect(rig.recorder.entries.first?.scopes == [])
        #expect(rig.recorder.notes.isEmpty)
    }

    @Test func entriesAreNumberedInOrderAndTheNotesComeFromTheAdvisors() async throws {
        let rig = Rig()
        for _ in 0..<3 { _ = try await rig.transport.send(Self.create) }
        #expect(rig.recorder.entries.map(\.sequence) == [1, 2, 3])
        #expect(rig.recorder.entries.last?.warnings == ["lint for write 3", "said by the command"])
        let plan = rig.recorder.plan(journal: rig.journal, backend: "http", parameters: ["file": "leads.csv"])
        #expect(plan.notes == ["a note"])
        #expect(plan.script == ScriptIdentity(path: "load.inst", sha256: "abc"))
        #expect(plan.runID == "run-1" && plan.mode == .dryRun && plan.backend == "http")
        #expect(plan.summaryText == "3 × POST /api/v2/leads; 0 sent")
        #expect(rig.recorder.plan(journal: rig.journal, backend: "http", from: 3).entries.map(\.sequence) == [3])
    }

    @Test func onlySuccessfulObjectAnswersAreFlagged() {
        let object = TransportResponse(status: 201, body: Array(#" {"a":1} "#.utf8))
        #expect(PlannedAnswer.flagged(object).bodyText == #" {"a":1,"dry_run":true} "#)
        let empty = TransportResponse(status: 200, body: Array("{ }".utf8))
        #expect(PlannedAnswer.flagged(empty).bodyText == #"{ "dry_run":true}"#)
        for unchanged in [
            TransportResponse(status: 404, body: Array(#"{"error":"x"}"#.utf8)),
            TransportResponse(status: 200, body: Array("[1]".utf8)),
            TransportResponse(status: 200, body: Array("not json {".utf8)),
            TransportResponse(status: 200, body: Array("{".utf8)),
            TransportResponse(status: 200, body: []),
        ] {
            #expect(PlannedAnswer.flagged(unchanged) == unchanged)
        }
    }
}
