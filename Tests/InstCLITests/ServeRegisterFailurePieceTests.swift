@testable import InstCLI
import Foundation
import InstRuntime
import InstSimulatorServer
import InstTestSupport
import InstTransport
import Synchronization
import Testing

/// A failed `inst serve --register`, without the binary: what it says to do, and that it stops
/// the server through the server's stop handle.
@Suite struct ServeRegisterFailurePieceTests {
    private static func registration(answering status: Int, _ body: String) -> WebhookRegistration {
        let instantly = RecordingTransport { _ in RecordingTransport.json(body, status: status) }
        return WebhookRegistration(transport: instantly, target: "http://127.0.0.1:4020/", scriptName: "hooks.inst", secret: "s3cret")
    }

    private static func failure(of registration: WebhookRegistration) async -> (any Error)? {
        do {
            _ = try await registration.register(["reply_received"])
            return nil
        } catch {
            return error
        }
    }

    @Test func aRefusedKeySaysWhereToSetIt() async throws {
        let error = try #require(await Self.failure(of: Self.registration(answering: 401, #"{"message":"Invalid API key"}"#)))
        #expect("\(error)" == "GET /api/v2/webhooks: Instantly answered 401: Invalid API key")
        let fix = try #require(WebhookRegistration.fix(for: error, instantly: "https://api.instantly.ai"))
        #expect(fix.contains("INSTANTLY_API_KEY"), "\(fix)")
    }

    @Test func aMissingScopeNamesTheScopesToAdd() async throws {
        let error = try #require(await Self.failure(of: Self.registration(answering: 403, #"{"message":"Forbidden"}"#)))
        let fix = try #require(WebhookRegistration.fix(for: error, instantly: nil))
        #expect(fix.contains("webhooks:read"), "\(fix)")
    }

    @Test func anUnreachableInstantlyNamesTheBaseURL() throws {
        let fix = try #require(WebhookRegistration.fix(for: TransportError.connection("connection refused"), instantly: "http://127.0.0.1:9"))
        #expect(fix.contains("http://127.0.0.1:9") && fix.contains("INSTANTLY_BASE_URL"), "\(fix)")
        #expect(WebhookRegistration.fix(for: TransportError.invalidRequest("x"), instantly: nil) == nil)
    }

    @Test func theBackgroundRegistrationReportsAndCallsForAStop() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inst-register-failure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let handle = try FileHandle(forWritingTo: errors)
        defer { try? handle.close() }
        let console = Console(
            output: StandardStream(descriptor: handle.fileDescriptor), error: StandardStream(descriptor: handle.fileDescriptor),
            environment: ["NO_COLOR": "1"])
        let stops = Atomic<Int>(0)
        let background = WebhookRegistration.Background(
            handlers: ["reply_received"], instantly: "https://api.instantly.ai", console: console,
            onFailure: { stops.add(1, ordering: .relaxed) }
        ) { _ in Self.registration(answering: 403, #"{"message":"Forbidden"}"#) }
        try await offThread {
            background.start(port: 4020)
            background.wait()
        }
        #expect(background.hasFailed)
        #expect(stops.load(ordering: .relaxed) == 1)
        console.flush()
        let printed = try String(contentsOf: errors, encoding: .utf8)
        #expect(printed.contains("error: inst serve: --register failed (Instantly at https://api.instantly.ai): GET /api/v2/webhooks: Instantly answered 403: Forbidden\n"), "\(printed)")
        #expect(printed.contains("\nhint: the key needs one of these scopes: webhooks:read"), "\(printed)")
        #expect(printed.contains("\nnote: inst serve stops: no webhook would deliver to http://127.0.0.1:4020/\n"), "\(printed)")
    }

    @Test(arguments: [true, false])
    func theStopHandleStopsTheServer(beforeItRuns: Bool) async throws {
        let stop = SimulatorServer.StopHandle()
        if beforeItRuns { stop.stop() }
        let listened = Atomic<Int>(0)
        try await SimulatorServer(transport: RecordingTransport(), port: 0).run(stop: stop) { port in
            listened.store(port, ordering: .relaxed)
            stop.stop()
        }
        #expect(listened.load(ordering: .relaxed) > 0)
    }
}
