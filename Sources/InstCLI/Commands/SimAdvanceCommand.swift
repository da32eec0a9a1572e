import ArgumentParser
import InstRuntime
import InstSimulator

/// `inst sim advance DURATION [--url URL]`: moves a running `inst sim serve`'s clock; it delivers
/// the webhook events then due before answering.
struct SimAdvanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a running simulator's clock forward and deliver its webhooks.",
        discussion: """
            Talks to `inst sim serve` (POST /_sim/advance). DURATION is a number with a unit — 2d, 3h, \
            90m, 30s, or combined like 1h30m — or a number of seconds; at most 366 days per call. On the \
            way, active campaigns send, leads open, reply and bounce; then the simulator delivers the \
            webhook events due. Prints the new time (ISO 8601, UTC) and the deliveries: \
            `webhooks: 3 delivered, 0 failed` (and the ids of webhooks disabled after failed deliveries).
            Exit status 1 when no simulator answers at the URL, 2 for a bad or negative duration.
            """,
        helpNames: [.long]
    )

    /// The duration, and whatever else was not an option: gathered unparsed so that a negative
    /// duration (`-3h`) is refused as one rather than read as flags (`-3` and `-h`, the help).
    /// So the parser's help name is only `--help`; ``validate()`` takes `-h` on its own.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("How far: 2d, 3h, 90m, 30s, 1h30m, or seconds.", valueName: "duration"))
    var words: [String]

    @OptionGroup
    var clock: SimClockOptions

    /// The duration given (the parser requires one; ``validate()`` refuses more).
    var duration: String { words.first ?? "" }

    func validate() throws {
        if words.contains("-h") { throw CleanExit.helpRequest(self) }
        if let extra = words.dropFirst().first {
            throw ValidationError(extra.hasPrefix("-") ? "Unknown option '\(extra)'" : "Unexpected argument '\(extra)': give one duration")
        }
        if duration.hasPrefix("-") {
            guard duration.dropFirst().first?.isNumber == true else { throw ValidationError("Unknown option '\(duration)'") }
            throw ValidationError("'\(duration)': durations move the clock forward only; the simulator's clock cannot go back")
        }
        do throws(SimDuration.Invalid) {
            _ = try SimDuration.seconds(in: duration)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        let duration = duration
        let advanced = try clock.run("advance") { client throws(SimClockClient.Failure) in
            try await client.advance(by: duration)
        }
        StandardStream.output.writeLine(advanced.now)
        StandardStream.output.writeLine(Self.summary(advanced))
    }

    /// `webhooks: 3 delivered, 1 failed; disabled after failed deliveries: 0190…`.
    static func summary(_ advanced: SimClockClient.Advanced) -> String {
        let counts = "webhooks: \(advanced.delivered) delivered, \(advanced.failed) failed"
        return advanced.disabled.isEmpty ? counts : counts + "; disabled after failed deliveries: " + advanced.disabled.joined(separator: ", ")
    }
}
