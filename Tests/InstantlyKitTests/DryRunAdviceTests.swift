import InstLanguage
import InstTransport
import InstantlyKit
import Testing

@Suite struct DryRunAdviceTests {
    static func request(
        _ operation: String, _ method: HTTPMethod, _ template: PathTemplate, path: String? = nil, body: Value? = nil,
        effect: RequestEffect = .write
    ) -> TransportRequest {
        TransportRequest(
            service: .instantly, method: method, pathTemplate: template, path: path,
            body: body.flatMap { try? JSONPrinter.bytes($0) }, operationID: operation, effect: effect)
    }

    static func createLead(_ email: String, campaign: String = "c1", skip: Bool = false) -> TransportRequest {
        var body: Value = ["campaign": .string(campaign), "email": .string(email), "first_name": "Ann"]
        if skip, case .map(var fields) = body { fields["skip_if_in_campaign"] = true; body = .map(fields) }
        return request("instantly.leads.create", .post, "/api/v2/leads", body: body)
    }

    static func getCampaign(_ id: String) -> TransportRequest {
        request("instantly.campaigns.get", .get, "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/\(id)", effect: .read)
    }

    static func pause(_ id: String) -> TransportRequest {
        request("instantly.campaigns.pause", .post, "/api/v2/campaigns/{id}/pause", path: "/api/v2/campaigns/\(id)/pause", body: [:])
    }

    static func answer(_ value: Value) -> TransportResponse {
        TransportResponse(status: 200, body: (try? JSONPrinter.bytes(value)) ?? [])
    }

    static func decoded(_ response: TransportResponse?) throws -> ValueMap {
        let response = try #require(response)
        guard case .map(let fields) = try JSONParser.parse(response.body) else { throw Unexpected() }
        return fields
    }

    struct Unexpected: Error {}

    @Test func aPlannedLeadCreateEchoesItsFieldsWithAPlaceholderID() throws {
        var state = InstantlyPlanState()
        let lead = try Self.decoded(state.synthesize(Self.createLead("a@b.test")))
        #expect(lead["email"] == "a@b.test")
        #expect(lead["campaign"] == "c1")
        guard case .string(let id)? = lead["id"] else { throw Unexpected() }
        #expect(InstantlyPlanState.isPlaceholder(id))
        #expect(id.count == 36)
        // A second one gets another id.
        let other = try Self.decoded(state.synthesize(Self.createLead("c@d.test")))
        #expect(other["id"] != lead["id"])
    }

    @Test func aPlannedCampaignCanBeReadActivatedAndPausedByItsPlaceholder() throws {
        var state = InstantlyPlanState()
        let created = try Self.decoded(state.synthesize(
            Self.request("instantly.campaigns.create", .post, "/api/v2/campaigns", body: ["name": "Q1"])))
        #expect(created["status"] == 0)
        #expect(created["name"] == "Q1")
        guard case .string(let id)? = created["id"] else { throw Unexpected() }

        let read = try Self.decoded(state.synthesize(Self.getCampaign(id)))
        #expect(read["name"] == "Q1")
        let activated = try Self.decoded(state.synthesize(Self.request(
            "instantly.campaigns.activate", .post, "/api/v2/campaigns/{id}/activate", path: "/api/v2/campaigns/\(id)/activate", body: [:])))
        #expect(activated["status"] == 1)
        #expect(try Self.decoded(state.synthesize(Self.getCampaign(id)))["status"] == 1)
        #expect(try Self.decoded(state.synthesize(Self.pause(id)))["status"] == 2)
        // A list naming it finds nothing; a read naming no placeholder is sent.
        let list = try Self.decoded(state.synthesize(Self.request(
            "instantly.leads.list", .post, "/api/v2/leads/list", body: ["campaign": .string(id)], effect: .read)))
        #expect(list["items"] == [])
        #expect(state.synthesize(Self.getCampaign("real-id")) == nil)
    }

    @Test func otherPlannedAnswersHaveTheirShapes() throws {
        var state = InstantlyPlanState()
        let verification = try Self.decoded(state.synthesize(Self.request(
            "instantly.email_verification.create", .post, "/api/v2/email-verification", body: ["email": "a@b.test"], effect: .metered)))
        #expect(verification["verification_status"] == "verified")
        #expect(verification["catch_all"] == false)

        let added = try Self.decoded(state.synthesize(Self.request(
            "instantly.leads.add", .post, "/api/v2/leads/add",
            body: ["campaign_id": "c1", "leads": [["email": "a@b.test"], ["email": "c@d.test"]]])))
        #expect(added["leads_uploaded"] == 2)
        guard case .list(let leads)? = added["created_leads"] else { throw Unexpected() }
        #expect(leads.count == 2)

        let deleted = try Self.decoded(state.synthesize(Self.request(
            "instantly.leads.delete", .delete, "/api/v2/leads/{id}", path: "/api/v2/leads/l9")))
        #expect(deleted["id"] == "l9")
        let updated = try Self.decoded(state.synthesize(Self.request(
            "instantly.campaigns.update", .patch, "/api/v2/campaigns/{id}", path: "/api/v2/campaigns/c1", body: ["daily_limit": 40])))
        #expect(updated["id"] == "c1")
        #expect(updated["daily_limit"] == 40)
    }

    @Test func aVerificationPlannedNotSentIsNoted() {
        var state = InstantlyPlanState()
        let verify = Self.request(
            "instantly.email_verification.create", .post, "/api/v2/email-verification", body: ["email": "a@b.test"], effect: .metered)
        _ = state.review(verify, sequence: 1, planned: true)
        _ = state.review(verify, sequence: 2, planned: true)
        #expect(state.notes().first?.hasPrefix("2 email verifications were planned, not sent") == true)
        var sent = InstantlyPlanState()
        _ = sent.review(verify, sequence: 1, planned: false)
        #expect(sent.notes().isEmpty)
    }

    @Test func aLeadLoadedTwiceInTheRunIsWarnedAbout() {
        var state = InstantlyPlanState()
        #expect(state.review(Self.createLead("a@b.test"), sequence: 1, planned: true).isEmpty)
        #expect(state.review(Self.createLead("A@B.test", skip: true), sequence: 2, planned: true)
            == ["duplicate lead: A@B.test was already loaded into campaign c1 by write 1 of this run (skip_if_in_campaign: the service skips it)"])
        // Another campaign is not a duplicate; a bulk add repeating the first is.
        #expect(state.review(Self.createLead("a@b.test", campaign: "c2"), sequence: 3, planned: true).isEmpty)
        let add = Self.request("instantly.leads.add", .post, "/api/v2/leads/add",
                               body: ["campaign_id": "c2", "leads": [["email": "x@y.test"], ["email": "a@b.test"]]])
        #expect(state.review(add, sequence: 4, planned: true)
            == ["duplicate lead: a@b.test was already loaded into campaign c2 by write 3 of this run"])
    }

    @Test func emailBodiesAreLintedForLawsFourAndFive() {
        var state = InstantlyPlanState()
        let body: Value = ["name": "Q1", "sequences": [["steps": [["type": "email", "delay": 2, "variants": [
            ["subject": "Hi", "body": "Hello\nsee https://example.test/x."],
        ]]]]]]
        let warnings = state.review(Self.request("instantly.campaigns.create", .post, "/api/v2/campaigns", body: body), sequence: 1, planned: true)
        #expect(warnings.contains { $0.contains("literal newline") && $0.contains("law 4") })
        #expect(warnings.contains { $0.contains("bare URL https://example.test/x") && $0.contains("law 5") })
    }

    @Test(arguments: [
        (["get", "pause"], "the script re-read it afterwards (status: active) and paused it"),
        (["pause"], "the script pauses it afterwards (without re-reading its status)"),
        (["get"], "the script re-read it afterwards, found it active and did not pause it: it will send"),
        ([], "the script does not re-read it afterwards"),
        (["activate"], "the script activates it itself afterwards"),
    ])
    func lawSevenSaysWhatTheScriptDidAfterTheLoad(steps: [String], expected: String) throws {
        var state = InstantlyPlanState()
        state.observe(Self.request("instantly.campaigns.list", .get, "/api/v2/campaigns", effect: .read),
                      response: Self.answer(["items": [["id": "c1", "name": "Q4 Peer"]]]))
        for email in ["a@b.test", "c@d.test"] { _ = state.review(Self.createLead(email), sequence: 1, planned: true) }
        for step in steps {
            switch step {
            case "get": state.observe(Self.getCampaign("c1"), response: Self.answer(["id": "c1", "name": "Q4 Peer", "status": 1]))
            case "pause": _ = state.review(Self.pause("c1"), sequence: 3, planned: true)
            default: _ = state.review(Self.request("instantly.campaigns.activate", .post, "/api/v2/campaigns/{id}/activate",
                                                   path: "/api/v2/campaigns/c1/activate", body: [:]), sequence: 3, planned: true)
            }
        }
        let note = try #require(state.notes().first)
        #expect(note.hasPrefix("law 7: 2 leads loaded into campaign \"Q4 Peer\" (c1) can flip it to active, and it starts sending; "))
        #expect(note.contains(expected))
    }

    @Test func aLoadAfterTheReReadNeedsAnotherReRead() throws {
        var state = InstantlyPlanState()
        _ = state.review(Self.createLead("a@b.test"), sequence: 1, planned: true)
        state.observe(Self.getCampaign("c1"), response: Self.answer(["id": "c1", "status": 2]))
        _ = state.review(Self.createLead("c@d.test"), sequence: 2, planned: true)
        #expect(try #require(state.notes().first).contains("the script does not re-read it afterwards"))
    }

    @Test func scopesComeFromTheCatalog() {
        #expect(InstantlyPlanState.scopes(for: Self.createLead("a@b.test")).first == "leads:create")
        #expect(InstantlyPlanState.scopes(for: Self.pause("c1")).first == "campaigns:update")
        #expect(InstantlyPlanState.scopes(for: Self.request("nothing.known", .post, "/nowhere")) == [])
    }
}
