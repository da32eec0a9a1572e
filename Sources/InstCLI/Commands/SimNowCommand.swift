import ArgumentParser
import InstRuntime

/// `inst sim now [--url URL]`: a running `inst sim serve`'s current time.
struct SimNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Print a running simulator's current time (ISO 8601, UTC).",
        discussion: "Talks to `inst sim serve` (GET /_sim/now). Exit status 1 when no simulator answers at the URL."
    )

    @OptionGroup
    var clock: SimClockOptions

    func run() throws {
        let now = try clock.run("now") { client throws(SimClockClient.Failure) in try await client.now() }
        StandardStream.output.writeLine(now)
    }
}
