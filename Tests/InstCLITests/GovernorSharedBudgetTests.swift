import Foundation
import InstSimulator
import InstSimulatorServer
import InstTestSupport
import InstTransport
import Synchronization
import Testing

/// Several `inst` processes with the same key share one rate budget through the governor's state
/// file: four processes, each allowed 50 calls a second on its own, together stay at 50 a second
/// against a server that allows 100 — so the server never answers 429.
@Suite struct GovernorSharedBudgetTests {
    static let processes = 4
    static let callsPerProcess = 50
    static let rate = 50

    @Test(.timeLimit(.minutes(1)))
    func fourProcessesWithOneKeyShareOneBudget() async throws {
        let server = CountingSimulator()
        let state = try TemporaryDirectory()
        let home = state.path
        let outcomes = try await server.serve { baseURL in
            var variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                             "INSTANTLY_API_KEY": "sk-shared-budget-key", "INSTANTLY_BASE_URL": baseURL]
            for name in ["INSTANTLY_API_KEY_FILE", "GHL_TOKEN", "GHL_TOKEN_FILE", "GHL_BASE_URL", "GHL_LOCATION_ID"] { variables[name] = "" }
            let environment = variables
            let code = "let c = (instantly.campaigns.list | first)\n"
                + "for i in (range \(Self.callsPerProcess - 1)) { let again = (instantly.campaigns.get $c.id) }\nprint \"done\""
            let arguments = ["--rate", "instantly.second=\(Self.rate)/s", "-c", code]
            return try await Self.concurrently(Self.processes) { try InstBinary.run(arguments, environment: environment) }
        }
        for outcome in outcomes {
            #expect(outcome.status == 0, "stderr: \(outcome.error)")
            #expect(outcome.output == "done\n")
            #expect(!outcome.error.contains("sk-shared-budget-key"))
        }
        let arrivals = server.arrivals
        let total = Self.processes * Self.callsPerProcess
        #expect(arrivals.count == total)
        #expect(server.refusals == 0)
        // Paced together at 50/s: the calls span at least (total - 1) / 50 s (less some slack for
        // network timing); on separate budgets they would have taken about a quarter of that.
        let span = (arrivals.max() ?? .zero) - (arrivals.min() ?? .zero)
        #expect(span >= .milliseconds((total - 1) * 1000 / Self.rate - 400), "span \(span)")
        #expect(Self.busiestSecond(arrivals) <= Self.rate + 10, "busiest second \(Self.busiestSecond(arrivals))")
        // One shared state file, named by the key's fingerprint, never by the key.
        let files = try FileManager.default.contentsOfDirectory(atPath: state.path + "/state/inst/governor")
        #expect(files.count == 1)
        #expect(files.allSatisfy { $0.hasPrefix("instantly-") && !$0.contains("sk-shared") })
    }

    /// The most arrivals within any one-second window.
    static func busiestSecond(_ arrivals: [Duration]) -> Int {
        let sorted = arrivals.sorted()
        var busiest = 0
        var start = 0
        for end in sorted.indices {
            while sorted[end] - sorted[start] >= .seconds(1) { start += 1 }
            busiest = max(busiest, end - start + 1)
        }
        return busiest
    }

    /// Runs `count` copies of `work` at once, each on its own thread (they block while the binary runs).
    static func concurrently<T: Sendable>(_ count: Int, _ work: @escaping @Sendable () throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for _ in 0..<count {
                group.addTask { try await offThread(work) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

/// The simulator with the documented limits behind a loopback server, noting when each campaign
/// call arrived and how many answers were 429.
final class CountingSimulator: Transport {
    private let simulator = Simulator(configuration: SimulatorConfiguration(rateLimits: .documented))
    private let start = ContinuousClock.now
    private let log = Mutex((arrivals: [Duration](), refusals: 0))

    var arrivals: [Duration] { log.withLock { $0.arrivals } }
    var refusals: Int { log.withLock { $0.refusals } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let arrival = ContinuousClock.now - start
        let response = try await simulator.send(request)
        log.withLock { log in
            if request.pathTemplate.rawValue.hasPrefix("/api/v2/campaigns") { log.arrivals.append(arrival) }
            if response.status == 429 { log.refusals += 1 }
        }
        return response
    }

    /// Serves until `body` returns; `body` gets the base URL.
    func serve<T: Sendable>(_ body: @Sendable (String) async throws -> T) async throws -> T {
        let (ports, found) = AsyncStream.makeStream(of: Int.self)
        let server = Task { try await SimulatorServer(transport: self, port: 0).run { found.yield($0) } }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        return try await body("http://127.0.0.1:\(port)")
    }
}
