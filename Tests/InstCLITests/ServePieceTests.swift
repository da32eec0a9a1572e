import Testing
@testable import InstCLI
import InstLanguage

/// The pieces of `inst serve` without a server: delivery identity, event names, the secret.
@Suite struct ServePieceTests {
    private func delivery(_ json: String) throws -> WebhookDelivery {
        try WebhookDelivery(body: Array(json.utf8))
    }

    @Test func identityIsTheIdWhenPresentElseTheEventsFields() throws {
        let first = try delivery(#"{"id":"e1","event_type":"reply_received","timestamp":"t1"}"#)
        let again = try delivery(#"{"id":"e1","event_type":"reply_received","timestamp":"t2"}"#)
        #expect(first.identity == again.identity)
        let a = try delivery(#"{"event_type":"reply_received","timestamp":"t1","lead_email":"a@x.com","campaign_id":"c"}"#)
        let b = try delivery(#"{"event_type":"reply_received","timestamp":"t1","lead_email":"b@x.com","campaign_id":"c"}"#)
        let later = try delivery(#"{"event_type":"reply_received","timestamp":"t2","lead_email":"a@x.com","campaign_id":"c"}"#)
        let bounce = try delivery(#"{"event_type":"email_bounced","timestamp":"t1","lead_email":"a@x.com","campaign_id":"c"}"#)
        #expect(Set([a.identity, b.identity, later.identity, bounce.identity]).count == 4)
        #expect(a.event == "reply_received")
    }

    @Test func bodiesThatAreNotEventsAreRefused() {
        #expect(throws: WebhookDelivery.Problem.notJSON) { try delivery("[1, 2]") }
        #expect(throws: WebhookDelivery.Problem.notJSON) { try delivery("{") }
        #expect(throws: WebhookDelivery.Problem.noEventType) { try delivery(#"{"event_type": 3}"#) }
    }

    @Test func handlersAcceptBothNamesOfAnEvent() {
        #expect(EventNames.handler(for: "link_clicked", among: ["email_link_clicked"]) == "email_link_clicked")
        #expect(EventNames.handler(for: "email_link_clicked", among: ["link_clicked"]) == "link_clicked")
        #expect(EventNames.handler(for: "link_clicked", among: ["link_clicked", "email_link_clicked"]) == "link_clicked")
        #expect(EventNames.handler(for: "auto_reply_received", among: ["reply_received"]) == nil)
        #expect(EventNames.handler(for: "email_bounced", among: ["all_events", "reply_received"]) == "all_events")
    }

    @Test func theSecretComesFromTheEnvironmentOrIsGenerated() {
        let given = WebhookSecret(environment: ["INST_WEBHOOK_SECRET": "s3cret"])
        #expect(!given.isGenerated && given.matches("s3cret"))
        #expect(!given.matches("s3cre") && !given.matches("s3cret!") && !given.matches(nil) && !given.matches(""))
        let generated = WebhookSecret(environment: [:])
        #expect(generated.isGenerated && generated.value.count == 64)
        #expect(generated.value != WebhookSecret(environment: ["INST_WEBHOOK_SECRET": ""]).value)
    }

    @Test func theInboxKeepsOrderAndDropsRepeats() throws {
        let inbox = DeliveryInbox()
        let one = try delivery(#"{"id":1,"event_type":"a"}"#), two = try delivery(#"{"id":2,"event_type":"b"}"#)
        #expect(inbox.add(one) && inbox.add(two) && !inbox.add(one))
        inbox.close()
        #expect(!inbox.add(try delivery(#"{"id":3,"event_type":"c"}"#)))
        #expect(inbox.next()?.event == "a")
        #expect(inbox.next()?.event == "b")
        #expect(inbox.next() == nil)
    }
}
