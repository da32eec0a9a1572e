import APISchema
import InstTransport
import InstantlyKit
import Testing

/// The naming rule's outcomes, from the normative examples (shared/examples/*.inst) and the rule's
/// documented cases.
@Suite struct CatalogNamingTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let name: String
        let method: HTTPMethod
        let path: PathTemplate
        let effect: RequestEffect
        var testDescription: String { name }
    }

    static let usedByExamples: [Expected] = [
        Expected(name: "instantly.campaigns.list", method: .get, path: "/api/v2/campaigns", effect: .read),
        Expected(name: "instantly.campaigns.get", method: .get, path: "/api/v2/campaigns/{id}", effect: .read),
        Expected(name: "instantly.campaigns.create", method: .post, path: "/api/v2/campaigns", effect: .write),
        Expected(name: "instantly.campaigns.pause", method: .post, path: "/api/v2/campaigns/{id}/pause", effect: .write),
        Expected(name: "instantly.campaigns.activate", method: .post, path: "/api/v2/campaigns/{id}/activate", effect: .write),
        Expected(name: "instantly.campaigns.analytics", method: .get, path: "/api/v2/campaigns/analytics", effect: .read),
        Expected(name: "instantly.accounts.list", method: .get, path: "/api/v2/accounts", effect: .read),
        Expected(name: "instantly.leads.create", method: .post, path: "/api/v2/leads", effect: .write),
        Expected(name: "instantly.leads.list", method: .post, path: "/api/v2/leads/list", effect: .read),
        Expected(name: "instantly.emails.list", method: .get, path: "/api/v2/emails", effect: .read),
        Expected(name: "instantly.email_verification.create", method: .post, path: "/api/v2/email-verification", effect: .metered),
        Expected(name: "instantly.email_verification.get", method: .get, path: "/api/v2/email-verification/{email}", effect: .read),
    ]

    static let ruleCases: [Expected] = [
        Expected(name: "instantly.campaigns.update", method: .patch, path: "/api/v2/campaigns/{id}", effect: .write),
        Expected(name: "instantly.campaigns.delete", method: .delete, path: "/api/v2/campaigns/{id}", effect: .write),
        Expected(name: "instantly.campaigns.sending_status", method: .get, path: "/api/v2/campaigns/{id}/sending-status", effect: .read),
        Expected(name: "instantly.campaigns.analytics_overview", method: .get, path: "/api/v2/campaigns/analytics/overview", effect: .read),
        Expected(name: "instantly.leads.add", method: .post, path: "/api/v2/leads/add", effect: .write),
        Expected(name: "instantly.leads.delete", method: .delete, path: "/api/v2/leads/{id}", effect: .write),
        Expected(name: "instantly.leads.delete_many", method: .delete, path: "/api/v2/leads", effect: .write),
        Expected(name: "instantly.block_lists_entries.bulk_delete", method: .post, path: "/api/v2/block-lists-entries/bulk-delete", effect: .write),
        Expected(name: "instantly.crm_actions.delete_phone_numbers", method: .delete, path: "/api/v2/crm-actions/phone-numbers/{id}", effect: .write),
        Expected(name: "instantly.supersearch_enrichment.update_settings", method: .patch, path: "/api/v2/supersearch-enrichment/{resource_id}/settings", effect: .write),
        Expected(name: "instantly.supersearch_enrichment.create", method: .post, path: "/api/v2/supersearch-enrichment/", effect: .write),
        Expected(name: "instantly.workspaces.get", method: .get, path: "/api/v2/workspaces/current", effect: .read),
        Expected(name: "instantly.workspaces.update", method: .patch, path: "/api/v2/workspaces/current", effect: .write),
        Expected(name: "instantly.workspaces.whitelabel_domain", method: .get, path: "/api/v2/workspaces/current/whitelabel-domain", effect: .read),
        Expected(name: "instantly.workspaces.create_whitelabel_domain", method: .post, path: "/api/v2/workspaces/current/whitelabel-domain", effect: .write),
        Expected(name: "instantly.workspaces.delete_whitelabel_domain", method: .delete, path: "/api/v2/workspaces/current/whitelabel-domain", effect: .write),
        Expected(name: "instantly.emails.threads_mark_as_read", method: .post, path: "/api/v2/emails/threads/{thread_id}/mark-as-read", effect: .write),
        Expected(name: "instantly.dfy_email_account_orders.domains_check", method: .post, path: "/api/v2/dfy-email-account-orders/domains/check", effect: .read),
    ]

    @Test(arguments: usedByExamples + ruleCases)
    func nameMapsToOperation(_ expected: Expected) throws {
        let operation = try #require(InstantlyCatalog.operation(named: expected.name))
        #expect(operation.method == expected.method)
        #expect(operation.path == expected.path)
        #expect(operation.effect == expected.effect)
    }
}
