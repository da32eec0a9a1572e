import APISchema
import InstantlyKit
import InstLanguage
import InstSimulator
import InstTransport
import Testing

/// The commands against the simulator, end to end: what the examples do.
@Suite struct CommandSimulatorTests {
    private func harness() -> CommandHarness {
        let authorized = MiddlewareTransport(
            Simulator(), middleware: [AuthorizationMiddleware(tokens: [.instantly: Secret("test-key")])])
        return CommandHarness(module: InstantlyModule(client: APIClient(transport: authorized)))
    }

    @Test func aReadOnlyTourOfTheWorkspace() async throws {
        let result = try await harness().run("""
            let campaigns = (instantly.campaigns.list)
            let rows = []
            for c in $campaigns {
              let a = (instantly.campaigns.analytics id=$c.id | first)
              set rows = $rows + [{name: $c.name, label: $c.status_label, leads: $a.leads_count}]
            }
            let first = (instantly.campaigns.get $campaigns[0].id)
            let accounts = (instantly.accounts.list | len)
            {campaigns: (len $campaigns), rows: $rows, same: ($first.id == $campaigns[0].id), accounts: $accounts}
            """)
        guard case .int(let count)? = result[field: "campaigns"], case .list(let rows)? = result[field: "rows"] else {
            Issue.record("unexpected result \(result)")
            return
        }
        #expect(count > 0)
        #expect(rows.count == count)
        #expect(rows.allSatisfy { $0[field: "label"].map { if case .string = $0 { true } else { false } } == true })
        #expect(result[field: "same"] == .bool(true))
        #expect(result[field: "accounts"] != .int(0))
    }

    @Test func aMissingCampaignIsACatchableNotFound() async throws {
        let result = try await harness().run("""
            let status = null
            try { instantly.campaigns.get "\(campaignID)" } catch err { set status = $err.status }
            $status
            """)
        #expect(result == .int(404))
    }

    @Test func leadsStreamAcrossPages() async throws {
        let result = try await harness().run("instantly.leads.list limit=2 | len")
        guard case .int(let count) = result else {
            Issue.record("unexpected result \(result)")
            return
        }
        #expect(count > 2)
    }
}
