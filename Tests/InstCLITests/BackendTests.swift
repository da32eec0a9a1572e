@testable import InstCLI
import InstLanguage
import InstRuntime
import InstSimulator
import InstTestSupport
import InstSimulatorServer
import InstTransport
import Synchronization
import Testing

@Suite(.timeLimit(.minutes(1))) struct BackendTests {
    /// Records the notices a backend prints.
    final class Notices: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        var say: @Sendable (String) -> Void { { line in self.lines.withLock { $0.append(line) } } }
    }

    private func options(_ arguments: String...) throws -> RunOptions {
        try RunOptions.parse(arguments)
    }

    private let listCampaigns = TransportRequest(
        service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns", headers: ["User-Agent": "inst-tests/1.0"],
        operationID: "instantly.campaigns.list", effect: .read
    )

    @Test func withoutCredentialsTheSimulatorIsUsedAndAnnouncedOnceAtTheFirstCall() async throws {
        let notices = Notices()
        let home = try TemporaryDirectory()
        let backend = try Backend.make(options: options(), environment: ["HOME": home.path], say: notices.say)
        #expect(backend.isSimulator)
        #expect(notices.all.isEmpty)
        #expect(try await backend.transport.send(listCampaigns).status == 200)
        #expect(try await backend.transport.send(listCampaigns).status == 200)
        #expect(notices.all == [Backend.implicitSimulatorNotice])
        #expect(backend.modules.flatMap(\.commands).contains { $0.name == "sim.advance" })
    }

    @Test func aBaseURLWithoutAKeyIsMentioned() async throws {
        let notices = Notices()
        let backend = try Backend.make(options: options(), environment: ["INSTANTLY_BASE_URL": "http://127.0.0.1:1"], say: notices.say)
        _ = try await backend.transport.send(listCampaigns)
        #expect(notices.all.first?.contains("INSTANTLY_BASE_URL is ignored") == true)
    }

    @Test func simIsQuietAndWinsOverCredentials() async throws {
        let notices = Notices()
        let backend = try Backend.make(options: options("--sim"), environment: ["INSTANTLY_API_KEY": "sk-real"], say: notices.say)
        #expect(backend.isSimulator)
        #expect(try await backend.transport.send(listCampaigns).status == 200)
        #expect(notices.all.isEmpty)
    }

    @Test func simulatorCallsCarryTheDemoToken() async throws {
        let simulator = Simulator()
        var bare = listCampaigns
        bare.headers["Authorization"] = nil
        #expect(try await simulator.send(bare).status == 401)
        let backend = try Backend.make(options: options("--sim"), environment: [:], say: { _ in })
        #expect(try await backend.transport.send(bare).status == 200)
    }

    @Test func credentialsSendOverHTTPWithTheBearerKey() async throws {
        let (ports, found) = AsyncStream.makeStream(of: Int.self)
        let server = Task { try await SimulatorServer(transport: Simulator(), port: 0).run { found.yield($0) } }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let environment = ["INSTANTLY_API_KEY": "sk-loopback", "INSTANTLY_BASE_URL": "http://127.0.0.1:\(port)"]
        let backend = try Backend.make(options: options(), environment: environment, say: { _ in })
        #expect(!backend.isSimulator)
        #expect(try await backend.transport.send(listCampaigns).status == 200)
        #expect(!backend.modules.flatMap(\.commands).contains { $0.name.hasPrefix("sim.") })
        if case .live(let http) = backend.kind { try await http.shutdown() }
    }

    @Test func credentialProblemsStopTheRunBeforeAnythingIsSent() throws {
        #expect(throws: CredentialError.self) {
            try Backend.make(options: options(), environment: ["INSTANTLY_API_KEY_FILE": "/nonexistent/key"], say: { _ in })
        }
        #expect(throws: CredentialError.self) {
            try Backend.make(options: options(), environment: ["INSTANTLY_API_KEY": "k", "INSTANTLY_BASE_URL": "ftp://x"], say: { _ in })
        }
    }
}
