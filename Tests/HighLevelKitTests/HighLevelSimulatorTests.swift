import APISchema
import HighLevelKit
import InstLanguage
import InstSimulator
import InstTransport
import Testing

/// The commands against the embedded simulator's GoHighLevel location, end to end.
@Suite struct HighLevelSimulatorTests {
    private func harness() -> HighLevelHarness {
        let simulator = MiddlewareTransport(
            Simulator(), middleware: [AuthorizationMiddleware(tokens: [.highLevel: Secret("test-token")])])
        return HighLevelHarness(location: "loc_northwind") { try await simulator.send($0) }
    }

    @Test func theReplySyncStepsThenSearchDuplicateAndDelete() async throws {
        let result = try await harness().run("""
            let workflow = (ghl.workflows.list | where { $it.name == "Hot reply" } | first)
            let res = (ghl.contacts.upsert email="ann@acme.test" first_name="Ann" companyName="Acme" source="instantly")
            ghl.contacts.add_tags $res.contact.id ["instantly-q4"]
            ghl.workflows.add_contact $res.contact.id $workflow.id
            let tags = (ghl.contacts.get $res.contact.id).contact.tags
            let found = (ghl.contacts.search pageLimit=1 | where { $it.id == $res.contact.id } | len)
            let duplicate = null
            try { ghl.contacts.create email="ann@acme.test" } catch err { set duplicate = $err.code }
            ghl.contacts.delete $res.contact.id
            let gone = null
            try { ghl.contacts.get $res.contact.id } catch err { set gone = $err.status }
            {isNew: $res.new, tags: $tags, found: $found, duplicate: $duplicate, gone: $gone}
            """)
        #expect(result[field: "isNew"] == .bool(true))
        #expect(result[field: "tags"] == .list([.string("instantly-q4")]))
        #expect(result[field: "found"] == .int(1))
        #expect(result[field: "duplicate"] == .string("duplicate_contact"))
        #expect(result[field: "gone"] == .int(404) || result[field: "gone"] == .int(400))
    }
}
