import ArgumentParser
import InstRuntime

/// `inst demo`: a guided, non-interactive tour of inst against a fresh embedded simulator.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Tour inst in one minute, on the embedded simulator.",
        discussion: """
            Shows the demo workspace, the laws inst applies for you, a verify-then-load run as a \
            dry-run (the plan, nothing sent) and then live, and the campaigns two simulated days \
            later: each step with the commands it runs and their output.

            The demo always uses the embedded simulator: it reads no credentials \
            (INSTANTLY_API_KEY is ignored), no configuration and no audit log, and sends nothing \
            over the network. It asks nothing, so it can be piped.
            """
    )

    func run() throws {
        // One stream for everything (warnings and plans too), so the tour reads in order when piped.
        let console = Console(output: .output, error: .output)
        throw ExitCode(DemoTour(console: console).run().rawValue)
    }
}
