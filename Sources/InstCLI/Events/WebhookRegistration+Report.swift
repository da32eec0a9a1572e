import InstLanguage
import InstRuntime
import InstTransport

extension WebhookRegistration {
    /// Registers for the script's `handlers` and says what was done, one line per event type:
    ///
    ///     inst serve: webhook 019a…e1 created for reply_received → http://127.0.0.1:4020/
    ///     inst serve: planned (dry-run): create a webhook for reply_received → http://127.0.0.1:4020/
    ///
    /// A failure is reported on `console` with what to do about it; returns whether it worked.
    /// `instantly` is the Instantly's base URL (`nil`: the embedded simulator).
    @discardableResult
    func registerAndReport(handlers: [String], instantly: String?, console: Console) async -> Bool {
        do {
            let outcomes = try await register(EventNames.subscriptions(for: handlers))
            for outcome in outcomes { console.output.writeLine("inst serve: " + describe(outcome)) }
            if outcomes.contains(where: \.planned) {
                console.output.writeLine("inst serve: nothing was registered (dry-run); pass --live to register")
            }
            console.output.flush()
            return true
        } catch {
            guard !Task.isCancelled else { return false }  // the server is stopping anyway
            let place = instantly.map { "Instantly at \($0)" } ?? "the embedded simulator"
            var lines = ["inst serve: --register failed (\(place)): \((error as? ScriptError)?.message ?? "\(error)")"]
            if let fix = Self.fix(for: error, instantly: instantly) { lines.append("hint: " + fix) }
            lines.append("note: inst serve stops: no webhook would deliver to \(target)")
            console.fail(lines.joined(separator: "\n"))
            return false
        }
    }

    /// What to do about a registration failure: Instantly's hint for the status (the scopes the
    /// key lacks, where to set the key), the base URL for an unreachable Instantly, the way past a refusal.
    static func fix(for error: any Error, instantly: String?) -> String? {
        switch error {
        case let failure as Failure:
            return failure.fix
        case let error as ScriptError:
            return error.hint
        case let error as TransportError where error.isTransient:
            let url = instantly ?? "the embedded simulator"
            return "check that Instantly answers at \(url) (INSTANTLY_BASE_URL, or instantly_base_url in the profile; "
                + "start `inst sim serve` first when it is the simulator) and that the network reaches it"
        default:
            return nil
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
