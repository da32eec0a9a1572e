import APISchema
import InstLanguage
import InstTestSupport
import InstTransport
import Testing

/// Scripts using the commands end to end, through the interpreter and a fake service.
@Suite struct CommandScriptTests {
    /// Campaigns c1 (active) and c2 (paused); GET by id; pausing records the id.
    private static func service(_ request: TransportRequest) -> TransportResponse {
        let one = #"{"id":"0199f4f2-6a2e-7b61-9a1e-3d6c2f0b8a11","name":"Q4","status":1}"#
        let two = #"{"id":"0199f4f2-6a2e-7b61-9a1e-3d6c2f0b8a12","name":"Q1","status":2}"#
        switch (request.method, request.pathTemplate.rawValue) {
        case (.get, "/api/v2/campaigns"): return RecordingTransport.json(#"{"items":[\#(one),\#(two)]}"#)
        case (.get, "/api/v2/campaigns/{id}"): return RecordingTransport.json(request.path.hasSuffix("11") ? one : two)
        case (.post, "/api/v2/campaigns/{id}/pause"): return RecordingTransport.json(#"{"status":2}"#)
        default: return RecordingTransport.json(#"{"message":"no route"}"#, status: 404)
        }
    }

    @Test func aScriptListsGetsAndPausesCampaigns() async throws {
        let harness = CommandHarness { Self.service($0) }
        let result = try await harness.run("""
            let campaigns = (instantly.campaigns.list)
            let paused = []
            for c in $campaigns {
              let now = (instantly.campaigns.get $c.id)
              if $now.status_label == "active" {
                instantly.campaigns.pause $now.id
                set paused = $paused + [$now.name]
              }
            }
            let missing = null
            try { instantly.campaigns.delete $campaigns[0].id } catch err { set missing = $err.status }
            {paused: $paused, count: (len $campaigns), missing: $missing}
            """)
        #expect(result == .map(ValueMap([
            ("paused", .list([.string("Q4")])), ("count", .int(2)), ("missing", .int(404)),
        ])))
        #expect(harness.transport.requests.map { "\($0.method) \($0.pathTemplate)" } == [
            "GET /api/v2/campaigns", "GET /api/v2/campaigns/{id}", "POST /api/v2/campaigns/{id}/pause",
            "GET /api/v2/campaigns/{id}", "DELETE /api/v2/campaigns/{id}",
        ])
    }

    @Test func aPipelineOverAStreamReadsOnlyWhatItNeeds() async throws {
        let harness = CommandHarness { Self.service($0) }
        let result = try await harness.run(#"instantly.campaigns.list | where { $it.status_label == "active" } | map { $it.name } | first"#)
        #expect(result == .string("Q4"))
        #expect(harness.transport.requests.count == 1)
    }
}
