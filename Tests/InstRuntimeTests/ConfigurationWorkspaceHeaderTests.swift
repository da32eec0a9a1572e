import InstRuntime
import InstTransport
import Testing

/// `instantly_workspace`: Instantly requests carry `x-as-workspace`, other services' do not.
@Suite struct ConfigurationWorkspaceHeaderTests {
    private let workspace = "019f038e-43ed-7b1f-bbb8-f122efde7ee1"

    private func headerSent(for service: ServiceName) async throws -> String? {
        let request = TransportRequest(service: service, method: .get, pathTemplate: "/api/v2/campaigns",
                                       operationID: "campaigns.list", effect: .read)
        let answer = try await WorkspaceHeaderMiddleware(workspace: workspace).intercept(request) { sent in
            TransportResponse(status: 200, body: Array((sent.headers["x-as-workspace"] ?? "-").utf8))
        }
        let value = String(decoding: answer.body, as: UTF8.self)
        return value == "-" ? nil : value
    }

    @Test func onlyInstantlyRequestsActOnTheSubWorkspace() async throws {
        #expect(try await headerSent(for: .instantly) == workspace)
        #expect(try await headerSent(for: .highLevel) == nil)
    }

    @Test func workspaceIDsAreCheckedBeforeTheyGoInAHeader() {
        #expect(WorkspaceHeaderMiddleware.isValidID(workspace))
        for bad in ["", "a b", "ws\r\nx-evil: 1", String(repeating: "a", count: 65), "é"] {
            #expect(!WorkspaceHeaderMiddleware.isValidID(bad))
        }
    }
}
