import Foundation
import InstSimulator
import InstSimulatorServer
import InstTestSupport
import InstTransport
import Synchronization
import Testing

/// Profiles through the built `inst`, against a loopback simulator that records the credentials
/// each request carried: `--profile` picks the key, base URL and sub-workspace; the environment
/// overrides a profile's key with a notice; an unknown profile and an open file holding a key
/// are usage errors before anything is sent. No key ever appears in the output.
@Suite(.timeLimit(.minutes(2))) struct ProfileEndToEndTests {
    /// What a request carried: its bearer token and its `x-as-workspace` header.
    struct Seen: Equatable {
        var authorization: String?
        var workspace: String?
    }

    /// The simulator, remembering what each request carried.
    struct RecordingSimulator: Transport {
        let simulator = Simulator()
        let seen = Arc()

        final class Arc: Sendable {
            let requests = Mutex<[Seen]>([])
        }

        func send(_ request: TransportRequest) async throws -> TransportResponse {
            seen.requests.withLock {
                $0.append(Seen(authorization: request.headers["Authorization"], workspace: request.headers["x-as-workspace"]))
            }
            return try await simulator.send(request)
        }
    }

    private static let workspace = "019f038e-43ed-7b1f-bbb8-f122efde7ee1"
    private static let code = "print (instantly.campaigns.list | count)"

    /// A config folder with two profiles pointing at `port`: acme (key file, sub-workspace,
    /// default) and beta (key inline, so the file is private).
    private func configure(_ home: TemporaryDirectory, port: Int, mode: Int = 0o600) throws -> (environment: [String: String], config: String) {
        let key = try home.write("keys/acme.key", "# acme's Instantly key\nsk-acme-secret\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
        let config = try home.write("config/inst/config.toml", """
            default_profile = "acme"

            [profiles.acme]
            instantly_api_key_file = "~/keys/acme.key"
            instantly_base_url = "http://127.0.0.1:\(port)"
            instantly_workspace = "\(Self.workspace)"

            [profiles.beta]
            instantly_api_key = "sk-beta-secret"
            instantly_base_url = "http://127.0.0.1:\(port)"
            """)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: config)
        var environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config", "INST_PROFILE": "", "INSTANTLY_WORKSPACE": ""]
        for name in ["INSTANTLY_API_KEY", "INSTANTLY_API_KEY_FILE", "INSTANTLY_BASE_URL", "GHL_TOKEN", "GHL_TOKEN_FILE", "GHL_BASE_URL", "GHL_LOCATION_ID"] {
            environment[name] = ""
        }
        return (environment, config)
    }

    /// Runs the binary on a thread of its own, so waiting for it never holds up the server's tasks.
    private func inst(_ arguments: [String], environment: [String: String]) async throws -> InstBinary.Outcome {
        let outcome = try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try InstBinary.run(arguments, environment: environment) }) }.start()
        }
        for secret in ["sk-acme-secret", "sk-beta-secret", "sk-env-secret"] {
            #expect(!(outcome.output + outcome.error).contains(secret))
        }
        return outcome
    }

    /// Serves a recording simulator on a loopback port for the duration of `body`.
    private func serving(_ body: (Int, RecordingSimulator.Arc) async throws -> Void) async throws {
        let recorder = RecordingSimulator()
        let (ports, found) = AsyncStream.makeStream(of: Int.self)
        let server = Task { try await SimulatorServer(transport: recorder, port: 0).run { found.yield($0) } }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        try await body(try #require(await iterator.next()), recorder.seen)
    }

    @Test func theProfilePicksTheKeyTheBaseURLAndTheSubWorkspace() async throws {
        try await serving { port, seen in
            let home = try TemporaryDirectory()
            let (environment, _) = try configure(home, port: port)

            let byDefault = try await inst(["-c", Self.code], environment: environment)
            #expect(byDefault.status == 0, "\(byDefault.error)")
            #expect(byDefault.output == "3\n")
            #expect(byDefault.error == "")
            #expect(seen.requests.withLock { $0 } == [Seen(authorization: "Bearer sk-acme-secret", workspace: Self.workspace)])

            seen.requests.withLock { $0.removeAll() }
            let beta = try await inst(["--profile", "beta", "-c", Self.code], environment: environment)
            #expect(beta.status == 0, "\(beta.error)")
            #expect(beta.output == "3\n")
            #expect(seen.requests.withLock { $0 } == [Seen(authorization: "Bearer sk-beta-secret", workspace: nil)])
        }
    }

    @Test func anEnvironmentKeyOverridesTheProfileWithANotice() async throws {
        try await serving { port, seen in
            let home = try TemporaryDirectory()
            var (environment, _) = try configure(home, port: port)
            environment["INSTANTLY_API_KEY"] = "sk-env-secret"
            let outcome = try await inst(["--profile", "acme", "-c", Self.code], environment: environment)
            #expect(outcome.status == 0, "\(outcome.error)")
            #expect(outcome.error == "inst: INSTANTLY_API_KEY overrides the key of profile 'acme'\n")
            #expect(seen.requests.withLock { $0 } == [Seen(authorization: "Bearer sk-env-secret", workspace: Self.workspace)])
        }
    }

    @Test func anUnknownProfileIsAUsageErrorListingTheProfiles() async throws {
        try await serving { port, seen in
            let home = try TemporaryDirectory()
            let (environment, config) = try configure(home, port: port)
            let outcome = try await inst(["--profile", "zeta", "-c", Self.code], environment: environment)
            #expect(outcome.status == 2)
            #expect(outcome.output == "")
            #expect(outcome.error == "error: --profile: no profile 'zeta' in \(config) (profiles: acme, beta)\n")
            #expect(seen.requests.withLock { $0 }.isEmpty)
        }
    }

    @Test func anOpenConfigurationFileHoldingAKeyIsRefused() async throws {
        try await serving { port, seen in
            let home = try TemporaryDirectory()
            let (environment, config) = try configure(home, port: port, mode: 0o644)
            let outcome = try await inst(["-c", Self.code], environment: environment)
            #expect(outcome.status == 2)
            #expect(outcome.error == "error: \(config) holds a key inline (profiles.beta.instantly_api_key) but other users can read it "
                + "(mode 644): run `chmod 600 \(config)`, or move the key to a key file\n")
            #expect(seen.requests.withLock { $0 }.isEmpty)
        }
    }
}
