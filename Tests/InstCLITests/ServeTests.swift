import Foundation
import Testing

/// `inst serve` as a user runs it: deliveries with the secret run the script's handlers once per
/// distinct event, in order; others are refused.
@Suite struct ServeTests {
    private static let script = """
        let tag = "hot"
        print "top level ran"
        on reply_received {
            print "reply $event.lead_email $tag"
        }
        on email_link_clicked { print "click $event.campaign_id" }
        """

    private static func reply(_ email: String, at time: String = "2026-01-05T10:00:00Z") -> String {
        #"{"event_type":"reply_received","timestamp":"\#(time)","lead_email":"\#(email)","campaign_id":"c1"}"#
    }

    @Test func runsTheHandlerOncePerDistinctEvent() async throws {
        let server = try ServingScript(script: Self.script, environment: ["INST_WEBHOOK_SECRET": "s3cret"])
        #expect(!server.printed.contains("s3cret"))
        for body in [Self.reply("ada@example.com"), Self.reply("ada@example.com"), Self.reply("bob@example.com"),
                     Self.reply("ada@example.com", at: "2026-01-06T09:00:00Z")] {
            let (status, _) = try await server.deliver(body, secret: "s3cret")
            #expect(status == 200)
        }
        // Redelivered with the same id and a new timestamp: still the same event.
        for time in ["2026-01-07T00:00:00Z", "2026-01-07T00:05:00Z"] {
            let body = #"{"id":"evt_1","event_type":"link_clicked","timestamp":"\#(time)","campaign_id":"c7"}"#
            #expect(try await server.deliver(body, secret: "s3cret").0 == 200)
        }
        try server.waitForOutput { $0.contains("click c7") }
        let outcome = try server.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.output.split(separator: "\n").filter { !$0.hasPrefix("inst serve:") }
        #expect(lines == ["top level ran", "reply ada@example.com hot", "reply bob@example.com hot",
                          "reply ada@example.com hot", "click c7"])
    }

    @Test func refusesDeliveriesWithoutTheSecretOrJSON() async throws {
        let server = try ServingScript(script: Self.script)
        let startup = server.printed
        let secret = try #require(startup.split(separator: "\n")
            .first { $0.contains("X-Inst-Secret: ") }?.components(separatedBy: "X-Inst-Secret: ").last)
        #expect(secret.count == 64)
        #expect(try await server.deliver(Self.reply("eve@example.com"), secret: nil).0 == 401)
        #expect(try await server.deliver(Self.reply("eve@example.com"), secret: "wrong").0 == 401)
        #expect(try await server.deliver("not json", secret: secret).0 == 400)
        #expect(try await server.deliver(#"{"lead_email":"x@example.com"}"#, secret: secret).0 == 400)
        #expect(try await server.deliver("", secret: secret, method: "GET").0 == 405)
        #expect(try await server.deliver(#"{"event_type":"email_bounced"}"#, secret: secret).0 == 200)
        #expect(try await server.deliver(Self.reply("amy@example.com"), secret: secret).0 == 200)
        try server.waitForOutput { $0.contains("reply amy@example.com") }
        let outcome = try server.terminate()
        #expect(!outcome.output.contains("eve@example.com"))
        #expect(outcome.output.components(separatedBy: secret).count == 2, "the secret is printed once")
        #expect(!outcome.error.contains(secret))
        #expect(outcome.error.contains("no handler for event 'email_bounced'"))
    }

    @Test func aFailingHandlerIsReportedAndTheNextDeliveryStillRuns() async throws {
        let server = try ServingScript(script: """
            on reply_received {
                if $event.lead_email == "bad@example.com" { fail "cannot sync $event.lead_email" }
                print "synced $event.lead_email"
            }
            """, environment: ["INST_WEBHOOK_SECRET": "k"])
        #expect(try await server.deliver(Self.reply("bad@example.com"), secret: "k").0 == 200)
        #expect(try await server.deliver(Self.reply("good@example.com"), secret: "k").0 == 200)
        try server.waitForOutput { $0.contains("synced good@example.com") }
        let outcome = try server.terminate()
        #expect(outcome.error.contains("cannot sync bad@example.com"))
        #expect(outcome.error.contains("hooks.inst:2:"))
    }

    @Test(arguments: [
        ("print 1\n", "has no event handler"),
        ("on reply_received {\n  print $nope\n}\n", "hooks.inst:2:"),
        ("if true {\n  on reply_received { print 1 }\n}\n", "hooks.inst:2:3: error: 'on' is only allowed at the top level"),
    ])
    func scriptsThatCannotServeStopAtOnce(source: String, message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inst-serve-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hooks.inst").path
        try Data(source.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = try InstBinary.run(["serve", path, "--port", "0"], directory: folder.path)
        #expect(outcome.status != 0)
        #expect(!outcome.output.contains("listening"))
        #expect(outcome.error.contains(message), "stderr: \(outcome.error)")
    }
}

/// `inst serve` in a dry-run: a handler's writes are planned under the script's `require` lines,
/// and the plan is printed when the server stops.
@Suite struct ServeDryRunTests {
    @Test func handlerWritesArePlannedAndThePlanIsPrintedOnStop() async throws {
        let server = try ServingScript(script: """
            require instantly "leads:update"
            on all_events {
                # The dry-run's read-back finds no such lead in the simulator: planned all the same.
                try { instantly.leads.update "0190a1b2-0000-7000-8000-00000000000$($event.n)" first_name="Ada" } catch { }
                print "planned $event.event_type"
            }
            """, environment: ["INST_WEBHOOK_SECRET": "k"])
        #expect(try await server.deliver(#"{"id":"1","event_type":"lead_interested","n":1}"#, secret: "k").0 == 200)
        try server.waitForOutput { $0.contains("planned lead_interested") }
        let outcome = try server.terminate()
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.error.contains("PATCH /api/v2/leads/0190a1b2-0000-7000-8000-000000000001"), "stderr: \(outcome.error)")
        #expect(outcome.error.contains("dry-run: nothing was sent"))
    }
}

/// `inst serve --live` remembers the events it handled across restarts (script state).
@Suite struct ServeLiveTests {
    @Test func anEventHandledBeforeARestartIsNotHandledAgain() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inst-serve-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = "on reply_received { print \"handled $event.id\" }\n"
        let first = try ServingScript(script: script, environment: ["INST_WEBHOOK_SECRET": "k"], arguments: ["--live"], in: folder)
        #expect(try await first.deliver(#"{"id":"r1","event_type":"reply_received"}"#, secret: "k").0 == 200)
        try first.waitForOutput { $0.contains("handled r1") }
        #expect(try first.terminate().status == 0)

        let second = try ServingScript(script: script, environment: ["INST_WEBHOOK_SECRET": "k"], arguments: ["--live"], in: folder)
        #expect(try await second.deliver(#"{"id":"r1","event_type":"reply_received"}"#, secret: "k").0 == 200)
        #expect(try await second.deliver(#"{"id":"r2","event_type":"reply_received"}"#, secret: "k").0 == 200)
        try second.waitForOutput { $0.contains("handled r2") }
        let outcome = try second.terminate()
        #expect(!outcome.output.contains("handled r1"))
        #expect(outcome.error.contains("'reply_received' was handled by an earlier run; skipped"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("state").path)
        #expect(files.contains { $0.hasSuffix(".events.json") })
    }

    @Test func aDryRunRemembersNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inst-serve-dry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = "on reply_received { print \"handled $event.id\" }\n"
        for _ in 0..<2 {
            let server = try ServingScript(script: script, environment: ["INST_WEBHOOK_SECRET": "k"], in: folder)
            #expect(try await server.deliver(#"{"id":"r1","event_type":"reply_received"}"#, secret: "k").0 == 200)
            try server.waitForOutput { $0.contains("handled r1") }
            #expect(try server.terminate().status == 0)
        }
    }
}
