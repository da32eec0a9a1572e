import Testing
@testable import InstLanguage

/// `on EVENT { … }`: parsing, placement, and the host running handlers with `$event`.
@Suite struct OnEventTests {
    private let payload = Value.map(ValueMap([
        ("event_type", "reply_received"), ("lead_email", "ada@example.com"),
        ("campaign_id", "c1"), ("step", .int(2)),
    ]))

    private func program(_ runner: ScriptRunner, _ source: String) throws -> CheckedProgram {
        let program = try runner.interpreter.check(SourceFile(name: "hooks.inst", text: source))
        _ = try runner.interpreter.run(program)
        return program
    }

    @Test func handlerSeesThePayloadInEventAndTheGlobals() throws {
        let runner = ScriptRunner()
        let program = try program(runner, """
            let tag = "replied"
            print "ready"
            on reply_received {
                print "$tag: $event.lead_email step $($event.step + 1)"
            }
            """)
        #expect(runner.printed == ["ready"])
        #expect(program.eventNames == ["reply_received"])
        #expect(try runner.interpreter.handle("reply_received", payload: payload, in: program))
        #expect(runner.printed == ["ready", "replied: ada@example.com step 3"])
    }

    @Test func oneHandlerMayAcceptSeveralEventNames() throws {
        let runner = ScriptRunner()
        let program = try program(runner, """
            on link_clicked email_link_clicked { print "click $event.campaign_id" }
            on email_bounced { print "bounce" }
            """)
        #expect(program.eventNames == ["email_bounced", "email_link_clicked", "link_clicked"])
        #expect(program.eventHandlers["link_clicked"]?.parameterNames == ["event"])
        try runner.interpreter.handle("link_clicked", payload: payload, in: program)
        try runner.interpreter.handle("email_link_clicked", payload: payload, in: program)
        try runner.interpreter.handle("email_bounced", payload: .null, in: program)
        #expect(runner.printed == ["click c1", "click c1", "bounce"])
    }

    @Test func anEventWithoutAHandlerRunsNothing() throws {
        let runner = ScriptRunner()
        let program = try program(runner, "on reply_received { print 1 }")
        #expect(try runner.interpreter.handle("lead_interested", payload: payload, in: program) == false)
        #expect(runner.printed.isEmpty)
    }

    @Test func handlerErrorsAreScriptErrorsAndTheNextDeliveryStillRuns() throws {
        let runner = ScriptRunner()
        let program = try program(runner, """
            on reply_received {
                if $event == null { fail "no payload" }
                print "ok"
            }
            """)
        #expect(throws: ScriptError.self) { try runner.interpreter.handle("reply_received", payload: .null, in: program) }
        try runner.interpreter.handle("reply_received", payload: payload, in: program)
        #expect(runner.printed == ["ok"])
    }

    @Test func eventIsOnlyBoundInsideTheHandler() {
        let diagnostics = ScriptRunner().diagnostics("on reply_received { print 1 }\nprint $event\n", name: "hooks.inst")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.rendered().hasPrefix("hooks.inst:2:7: error:") == true)
    }

    @Test func handlersAreOnlyAllowedAtTheTopLevel() {
        let diagnostics = ScriptRunner().diagnostics("if true {\n    on reply_received { print 1 }\n}\n", name: "hooks.inst")
        #expect(diagnostics.first?.rendered().hasPrefix(
            "hooks.inst:2:5: error: 'on' is only allowed at the top level of a file") == true)
        let inProc = ScriptRunner().diagnostics("proc f() {\n  on x { print 1 }\n}\n", name: "hooks.inst")
        #expect(inProc.first?.rendered().hasPrefix("hooks.inst:2:3: error: 'on' is only allowed") == true)
    }

    @Test func parseErrorsPointAtTheProblem() {
        let missingBody = ScriptRunner().diagnostics("on reply_received\nprint 1\n", name: "hooks.inst")
        #expect(missingBody.first?.rendered().hasPrefix("hooks.inst:1:") == true)
        let badName = ScriptRunner().diagnostics("on reply-received { print 1 }\n", name: "hooks.inst")
        #expect(badName.first?.rendered().hasPrefix(
            "hooks.inst:1:4: error: 'reply-received' is not a valid event name") == true)
        let twice = ScriptRunner().diagnostics("on a { print 1 }\non b a { print 2 }\n", name: "hooks.inst")
        #expect(twice.first?.rendered().hasPrefix(
            "hooks.inst:2:6: error: a handler for event 'a' is already declared") == true)
    }

    @Test func onStaysAnOrdinaryWordElsewhere() throws {
        #expect(try ScriptRunner().output("print on\nlet on = 1\nprint $on") == ["on", "1"])
    }
}

@Suite struct OnEventShapeTests {
    @Test func parsesToAnEventHandlerStatement() {
        let result = ParseSupport.parse("on link_clicked email_link_clicked {\n  print $event\n}\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.script.statements.map(ParseSupport.render) == ["(on link_clicked email_link_clicked {(print $event)})"])
    }
}
