import InstLanguage
import InstSimulator

/// `sim.advance DURATION` and `sim.now`: the in-process simulator's virtual clock, for sessions
/// whose backend is the embedded simulator (`--sim`, or no credentials).
public struct SimulatorModule: HostModule {
    /// The simulator the commands act on when called: a dry-run's scratch copy or the state itself.
    private let current: @Sendable () -> Simulator

    public init(simulator: Simulator) {
        self.current = { simulator }
    }

    init(session: SimulatorSession) {
        self.current = { session.current }
    }

    public var commands: [CommandSpec] {
        [
            CommandSpec(
                "sim.advance",
                summary: "Move the simulator's clock forward and let it send",
                discussion: """
                    DURATION is a number with a unit — 2d, 3h, 90m, 30s, or combined like 1h30m — or a \
                    number of seconds; at most 366 days per call. On the way, active campaigns send within \
                    their schedules and daily limits, leads open, reply and bounce (deterministically from \
                    the seed), analytics and the unibox fill in; then the webhook events due are delivered \
                    to their target_hook_url (loopback only; not in a dry-run), with a warning for failed \
                    deliveries and for webhooks disabled after them. Returns the new time (ISO 8601, UTC).
                    Only in sessions against the embedded simulator.
                    """,
                parameters: [ParameterSpec("duration", required: true, type: "string|int", help: "how far: 2d, 3h, 90m, 30s")],
                effect: .write,
                run: { [current] arguments, context in
                    let seconds = try Self.seconds(arguments["duration"])
                    let simulator = current()
                    simulator.advance(by: .seconds(seconds))
                    let warnings = try Self.deliverWebhooks(of: simulator) { try context.checkInterrupts() }
                    for warning in warnings { context.emit(.warn(warning)) }
                    return .string(simulator.now.iso8601)
                }
            ),
            CommandSpec(
                "sim.now",
                summary: "The simulator's current time (ISO 8601, UTC)",
                effect: .read,
                run: { [current] _, _ in .string(current().now.iso8601) }
            ),
        ]
    }

    /// Waits while `simulator` delivers the webhook events due, when it has somewhere to send them
    /// (a dry-run's scratch copy does not); what went wrong, as warnings. The command runs on the
    /// interpreter's own thread, which calls `interrupts` as it waits: when that throws (Ctrl-C),
    /// the deliveries stop (the one under way is abandoned) and its error is thrown.
    static func deliverWebhooks(of simulator: Simulator, interrupts: () throws -> Void = {}) throws -> [String] {
        guard simulator.configuration.webhookTransport != nil,
              case .success(let report) = try BlockingTask.run(interruptedBy: interrupts, { await simulator.deliverWebhooks() })
        else { return [] }
        var warnings: [String] = []
        if report.failed > 0 {
            let attempts = report.failed == 1 ? "1 webhook delivery" : "\(report.failed) webhook deliveries"
            warnings.append("sim.advance: \(attempts) failed (instantly.webhook_events.list success=false says why)")
        }
        for id in report.disabled {
            warnings.append("sim.advance: webhook \(id) was disabled after failed deliveries; fix: instantly.webhooks.resume \(id)")
        }
        return warnings
    }

    private static func seconds(_ value: Value?) throws -> Int {
        do throws(SimDuration.Invalid) {
            switch value {
            case .int(let seconds)?: return try SimDuration.checked(seconds, String(seconds))
            case .string(let text)?: return try SimDuration.seconds(in: text)
            default: throw SimDuration.Invalid(message: "needs a duration such as 2d, 3h, 90m or 30s, or a number of seconds")
            }
        } catch {
            throw ScriptError.runtime("sim.advance: \(error.message)")
        }
    }
}
