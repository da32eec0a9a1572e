import APISchema
@testable import InstantlyKit
import InstLanguage
import InstTransport
import Testing

@Suite("Instantly binding: headers, paging, help lines")
struct LawBindingTests {
    let binding = InstantlyBinding()

    @Test func law1EveryRequestCarriesABrowserUserAgent() throws {
        #expect(binding.headers["Accept"] == "application/json")
        let agent = try #require(binding.headers["User-Agent"])
        #expect(agent.hasPrefix("Mozilla/5.0 ("))
        #expect(agent.contains("Chrome/"))
        #expect(binding.headers["Authorization"] == nil)
    }

    @Test func getListsPageInTheQuery() {
        let paging = binding.paging(for: InstantlyCatalog.campaignsList)
        #expect(paging == Paging(placement: .query, maxPageSize: 100))
        #expect(binding.paging(for: InstantlyCatalog.campaignsGet) == nil)
        #expect(binding.paging(for: InstantlyCatalog.campaignsAnalytics) == nil)
    }

    @Test func law9LeadsListPagesInTheBodyAtMost100() {
        #expect(binding.paging(for: InstantlyCatalog.leadsList) == Paging(placement: .body, maxPageSize: 100))
    }

    @Test func everyPagedOperationIsAGetListOrLeadsList() {
        let paged = InstantlyCatalog.operations.filter { binding.paging(for: $0) != nil }
        #expect(paged.count == 23)
        #expect(paged.allSatisfy { $0.method == .get || $0.name == "instantly.leads.list" })
    }

    @Test func lawLinesNameTheLawsThatApply() {
        func laws(_ operation: APIOperation) -> String { binding.laws(for: operation).joined(separator: "\n") }
        for operation in InstantlyCatalog.operations {
            #expect(binding.laws(for: operation).first?.hasPrefix("Law 1:") == true)
        }
        #expect(laws(InstantlyCatalog.campaignsActivate).contains("Law 6: sends {}"))
        #expect(laws(InstantlyCatalog.campaignsActivate).contains("Law 7:"))
        #expect(laws(InstantlyCatalog.campaignsPause).contains("Law 6:"))
        #expect(laws(InstantlyCatalog.leadsDelete).contains("Law 8: sends no body"))
        #expect(laws(InstantlyCatalog.leadsList).contains("Law 9:"))
        #expect(laws(InstantlyCatalog.campaignsAnalytics).contains("Law 10:"))
        #expect(laws(InstantlyCatalog.emailVerificationCreate).contains("Law 11:"))
        let create = laws(InstantlyCatalog.campaignsCreate)
        #expect(create.contains("Law 3:") && create.contains("Laws 4, 5:") && create.contains("delay is the wait after it"))
        #expect(laws(InstantlyCatalog.campaignsUpdate).contains("email_list replaces the senders"))
        #expect(laws(InstantlyCatalog.emailsReply).contains("Laws 4, 5:"))
        #expect(laws(InstantlyCatalog.accountsList).contains("Law 12: coded fields gain a name beside them: status_label, warmup_status_label"))
        #expect(!laws(InstantlyCatalog.campaignsGet).contains("Law 6"))
        for name in ["instantly.leads.create", "instantly.leads.add"] {
            let operation = InstantlyCatalog.operation(named: name)
            #expect(operation.map(laws)?.contains("Law 7:") == true, "\(name)")
        }
    }

    @Test func law6CoversOnlyBodylessActions() {
        let names = InstantlyCatalog.operations.filter(InstantlyLaws.sendsEmptyObject).map(\.name).sorted()
        #expect(names == [
            "instantly.accounts.pause", "instantly.accounts.resume", "instantly.campaigns.activate",
            "instantly.campaigns.pause", "instantly.subsequences.pause", "instantly.subsequences.resume",
            "instantly.webhooks.resume",
        ])
    }
}
