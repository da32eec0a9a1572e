import APISchema
import InstantlyKit
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// The public module with Instantly's own binding: the laws applied at the machinery's seams.
@Suite struct CommandModuleTests {
    private let transport = RecordingTransport()

    @discardableResult
    private func run(_ script: String) async throws -> Value {
        let harness = CommandHarness(module: InstantlyModule(client: APIClient(transport: transport)))
        return try await harness.run(script)
    }

    @Test func theModuleHasEveryOperationAndTheConveniences() {
        let names = Set(InstantlyModule(client: APIClient(transport: transport)).commands.map(\.name))
        #expect(names.isSuperset(of: InstantlyCatalog.operations.map(\.name)))
        #expect(names.isSuperset(of: ["instantly.verify", "instantly.body"]))
    }

    @Test func activateSendsAnEmptyObjectWithABrowserUserAgent() async throws {
        try await run("instantly.campaigns.activate \"\(campaignID)\"")
        let request = try #require(transport.requests.first)
        #expect(request.body == Array("{}".utf8))
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["User-Agent"]?.hasPrefix("Mozilla/") == true)
    }

    @Test func deletingALeadSendsNoBody() async throws {
        try await run("instantly.leads.delete \"\(campaignID)\"")
        let request = try #require(transport.requests.first)
        #expect(request.body == nil)
        #expect(request.headers["Content-Type"] == nil)
    }

    @Test func helpListsTheLaws() throws {
        let module = InstantlyModule(client: APIClient(transport: transport))
        let help = try #require(module.commands.first { $0.name == "instantly.campaigns.activate" }).discussion
        #expect(help.contains("laws:\n"))
        #expect(help.contains("Law 6"))
    }
}
