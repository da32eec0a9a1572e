import APISchema
@testable import InstantlyKit
import InstLanguage
import InstTestSupport
import InstTransport
import Synchronization

/// Records the waits instead of sleeping.
final class SleepLog: Sendable {
    private let log = Mutex<[Duration]>([])
    var waits: [Duration] { log.withLock { $0 } }
    func record(_ duration: Duration) { log.withLock { $0.append(duration) } }
}
import Foundation
import Testing

@Suite("Law 11: instantly.verify")
struct ConvenienceVerifyTests {
    /// Answers the POST with `first`, then each GET with the next of `polls` (the last repeats).
    static func transport(first: String, polls: [String]) -> RecordingTransport {
        let served = Mutex(0)
        return RecordingTransport { request in
            if request.method == .post { return RecordingTransport.json(first) }
            let index = served.withLock { count in defer { count += 1 }; return count }
            return RecordingTransport.json(polls[min(index, polls.count - 1)])
        }
    }

    static func verifier(_ transport: RecordingTransport, slept: SleepLog) -> VerifyCommand {
        VerifyCommand(client: APIClient(transport: transport), sleep: { slept.record($0) })
    }

    @Test func anImmediateAnswerIsReturnedWithoutPolling() async throws {
        let transport = Self.transport(first: #"{"email":"a@x.test","verification_status":"verified","catch_all":false}"#, polls: [])
        let slept = SleepLog()
        let verifier = Self.verifier(transport, slept: slept)
        let answer = try await offThread { try verifier.verify("a@x.test", interrupts: {}) }
        #expect(answer == ["email": "a@x.test", "verification_status": "verified", "catch_all": false])
        #expect(transport.requests.count == 1)
        let request = try #require(transport.requests.first)
        #expect(request.path == "/api/v2/email-verification")
        #expect(request.body == Array(#"{"email":"a@x.test"}"#.utf8))
        #expect(request.effect == .metered)
        #expect(request.headers["User-Agent"]?.hasPrefix("Mozilla/5.0") == true)
        #expect(slept.waits.isEmpty)
    }

    @Test func pendingIsPolledWithBackoffUntilItSettles() async throws {
        let pending = #"{"email":"a@slow.test","verification_status":"pending"}"#
        let done = #"{"email":"a@slow.test","verification_status":"verified","catch_all":false}"#
        let transport = Self.transport(first: pending, polls: [pending, pending, done])
        let slept = SleepLog()
        let verifier = Self.verifier(transport, slept: slept)
        let answer = try await offThread { try verifier.verify("a@slow.test", interrupts: {}) }
        #expect(answer == ["email": "a@slow.test", "verification_status": "verified", "catch_all": false])
        #expect(slept.waits == [.seconds(1), .seconds(2), .seconds(4)])
        let polls = transport.requests.dropFirst()
        #expect(polls.count == 3)
        #expect(polls.allSatisfy { $0.path.removingPercentEncoding == "/api/v2/email-verification/a@slow.test" })
        #expect(polls.allSatisfy { $0.method == .get && $0.pathTemplate == "/api/v2/email-verification/{email}" })
    }

    @Test func stillPendingAfterTheLastPollIsAnError() async throws {
        let pending = #"{"email":"a@x.test","verification_status":"pending"}"#
        let transport = Self.transport(first: pending, polls: [pending])
        let slept = SleepLog()
        let verifier = Self.verifier(transport, slept: slept)
        await #expect {
            try await offThread { try verifier.verify("a@x.test", interrupts: {}) }
        } throws: { error in
            guard let error = error as? ScriptError, case .map(let map) = error.payload else { return false }
            return map["code"] == "verification_pending" && map["retryable"] == true
        }
        let waits = slept.waits
        #expect(waits.count == VerifyCommand.maxPolls)
        #expect(waits.max() == .seconds(30))
        let total: Duration = waits.reduce(.zero, +)
        #expect(total == .seconds(181))
        #expect(transport.requests.count == 1 + VerifyCommand.maxPolls)
    }

    @Test func serverErrorsSurfaceAsAPIErrors() async {
        let transport = RecordingTransport { _ in RecordingTransport.json(#"{"statusCode":402,"error":"Payment Required","message":"No credits"}"#, status: 402) }
        let slept = SleepLog()
        let verifier = Self.verifier(transport, slept: slept)
        await #expect {
            try await offThread { try verifier.verify("a@x.test", interrupts: {}) }
        } throws: { error in
            guard let error = error as? ScriptError, case .map(let map) = error.payload else { return false }
            return map["status"] == 402 && map["message"] == "No credits"
        }
    }

    @Test func theCommandsAreRegisteredWithTheirEffects() {
        let commands = InstantlyConveniences.commands(client: APIClient(transport: RecordingTransport()), options: .init(sleep: { _ in }))
        #expect(commands.map(\.name) == ["instantly.verify", "instantly.body", "instantly.timezone"])
        #expect(commands.map(\.effect) == [.metered, .pure, .pure])
        #expect(InstantlyConveniences.requiredScopes["instantly.verify"]?.first == "email_verifications:create")
    }
}
