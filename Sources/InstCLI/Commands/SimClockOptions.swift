import ArgumentParser
import InstRuntime

/// Where a clock command finds the running simulator.
struct SimClockOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The running `inst sim serve` (default: INSTANTLY_BASE_URL, else http://127.0.0.1:4010; a trailing /api/v2 is ignored).",
        valueName: "url"))
    var url: String?

    var client: SimClockClient {
        SimClockClient(baseURL: SimClockClient.url(option: url, environment: Environment.current))
    }

    /// Runs `operation` against the server; prints its failure (`inst sim COMMAND: …`) and exits with its status.
    func run<Value: Sendable>(_ command: String, _ operation: @escaping @Sendable (SimClockClient) async throws(SimClockClient.Failure) -> Value) throws -> Value {
        let client = client
        switch BlockingTask.run({ try await operation(client) }) {
        case .success(let value):
            return value
        case .failure(let failure as SimClockClient.Failure):
            Console().fail("inst sim \(command): \(failure.message)")
            throw ExitCode(failure.status.rawValue)
        case .failure(let error):
            Console().fail("inst sim \(command): \(error)")
            throw ExitCode(ExitStatus.scriptError.rawValue)
        }
    }
}
