import InstRuntime

extension WebhookRegistration {
    /// Registers for the script's `handlers` and says what was done, one line per event type:
    ///
    ///     inst serve: webhook 019a…e1 created for reply_received → http://127.0.0.1:4020/
    ///     inst serve: planned (dry-run): create a webhook for reply_received → http://127.0.0.1:4020/
    ///
    /// A failure is reported on `console` (the server goes on listening); returns whether it worked.
    @discardableResult
    func registerAndReport(handlers: [String], console: Console) async -> Bool {
        do {
            let outcomes = try await register(EventNames.subscriptions(for: handlers))
            for outcome in outcomes { console.output.writeLine("inst serve: " + describe(outcome)) }
            if outcomes.contains(where: \.planned) {
                console.output.writeLine("inst serve: nothing was registered (dry-run); pass --live to register")
            }
            console.output.flush()
            return true
        } catch {
            console.fail("inst serve: --register failed: \(error); deliveries will not arrive until a webhook points at \(target)")
            return false
        }
    }

    private func describe(_ outcome: Outcome) -> String {
        if outcome.planned {
            var verb = switch outcome.action {
            case .created: "create"
            case .updated: "update"
            case .unchanged: "keep"
            }
            if outcome.resumed { verb = outcome.action == .unchanged ? "resume" : verb + " and resume" }
            let webhook = outcome.action == .created ? "a webhook" : "webhook \(outcome.id ?? "?")"
            return "planned (dry-run): \(verb) \(webhook) for \(outcome.eventType) → \(target)"
        }
        var done = outcome.action.rawValue
        if outcome.resumed { done = outcome.action == .unchanged ? "resumed" : done + " and resumed" }
        return "webhook \(outcome.id ?? "?") \(done) for \(outcome.eventType) → \(target)"
    }
}
