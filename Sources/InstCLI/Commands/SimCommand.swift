import ArgumentParser
import Foundation
import InstRuntime
import InstSimulator
import InstSimulatorServer

/// `inst sim …`: the simulator of the services, outside a script.
struct SimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run the Instantly and GoHighLevel simulator.",
        subcommands: [SimServeCommand.self, SimAdvanceCommand.self, SimNowCommand.self]
    )
}

/// `inst sim serve [--port N] [--seed N] [--faults SPEC]`: the simulator over HTTP on 127.0.0.1.
struct SimServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the simulator over HTTP on 127.0.0.1 until Ctrl-C.",
        discussion: """
            Instantly answers under /api/v2/, so any client can use it: \
            INSTANTLY_BASE_URL=http://127.0.0.1:PORT with any non-empty API key. GoHighLevel answers on \
            the same port at its own paths (/contacts/…, /workflows/…) as the location loc_northwind: \
            GHL_BASE_URL=http://127.0.0.1:PORT with any non-empty token and a Version header. The first \
            line on standard output names the address: \
            `inst sim: serving Instantly at http://127.0.0.1:PORT/api/v2 (seed N)`; the second, GoHighLevel's.

            The virtual clock stands still until moved, on the same port: `POST /_sim/advance` with             {"by": "2d"} (or `inst sim advance 2d`) advances it — campaigns send, leads reply — then             delivers the webhook events due to their target_hook_url (loopback only) and answers             {"now": ISO, "webhooks": {"delivered": N, "failed": N, "disabled": [ids]}};             `GET /_sim/now` (or `inst sim now`) answers {"now": ISO}.
            """
    )

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
    var port: Int = 4010

    @Option(help: ArgumentHelp("Seed for ids, behaviour and faults: the same seed replays the same run.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Failures to inject, e.g. 500:2%,429:1%,reset:1%,latency:200ms.", valueName: "spec"))
    var faults: String?

    @Flag(name: .customLong("no-rate-limits"), help: "Answer every request: no 429s from the documented per-workspace limits (for benchmarks).")
    var noRateLimits = false

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535 (got \(port)); 0 picks a free port")
        }
        _ = try faultPlan()
    }

    func run() throws {
        let simulator = Simulator(configuration: SimulatorConfiguration(
            seed: seed, faults: try faultPlan(), rateLimits: noRateLimits ? .unlimited : .documented,
            webhookTransport: WebhookHTTPTransport()
        ))
        let server = SimulatorServer(simulator: simulator, port: port)
        let seed = seed
        let outcome = BlockingTask.run {
            try await server.run(stopOnSignals: true) { port in
                let address = "http://\(SimulatorServer.host):\(port)"
                StandardStream.output.writeLine("inst sim: serving Instantly at \(address)/api/v2 (seed \(seed))")
                StandardStream.output.writeLine("inst sim: serving GoHighLevel at \(address) (location \(HighLevelLocation.locationID)): GHL_BASE_URL=\(address)")
                StandardStream.output.flush()
            }
        }
        if case .failure(let error) = outcome {
            Console().fail("inst sim serve: could not serve on \(SimulatorServer.host):\(port): \(error)")
            throw ExitCode(ExitStatus.scriptError.rawValue)
        }
    }

    private func faultPlan() throws -> FaultPlan {
        guard let faults else { return FaultPlan() }
        do throws(FaultPlan.ParseError) {
            return try FaultPlan(parsing: faults)
        } catch {
            throw ValidationError("--faults: \(error.description)")
        }
    }
}
