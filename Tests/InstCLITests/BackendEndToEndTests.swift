import Foundation
import InstSimulator
import InstSimulatorServer
import InstTestSupport
import Testing

/// The built `inst` choosing its backend as a user would meet it: no credentials, `--sim`, and
/// a key pointed at a loopback `SimulatorServer`.
@Suite(.timeLimit(.minutes(2))) struct BackendEndToEndTests {
    /// Every credential variable set empty (which counts as unset), and a fresh HOME.
    private func withoutCredentials(home: String) -> [String: String] {
        var environment = ["HOME": home]
        for name in ["INSTANTLY_API_KEY", "INSTANTLY_API_KEY_FILE", "INSTANTLY_BASE_URL", "GHL_TOKEN", "GHL_TOKEN_FILE", "GHL_BASE_URL", "GHL_LOCATION_ID"] {
            environment[name] = ""
        }
        return environment
    }

    /// Runs the binary on a thread of its own, so waiting for it never holds up the server's tasks.
    private func inst(_ arguments: [String], environment: [String: String]) async throws -> InstBinary.Outcome {
        try await offThread { try InstBinary.run(arguments, environment: environment) }
    }

    @Test func withoutCredentialsTheEmbeddedSimulatorAnswersAndIsAnnounced() async throws {
        let home = try TemporaryDirectory()
        let outcome = try await inst(["-c", "print (instantly.campaigns.list | count)"], environment: withoutCredentials(home: home.path))
        #expect(outcome.status == 0)
        #expect(outcome.output == "3\n")
        #expect(outcome.error == "inst: no credentials; using the embedded simulator (demo workspace)\n")
    }

    @Test func aScriptThatCallsNoAPIIsNotAnnounced() async throws {
        let home = try TemporaryDirectory()
        let outcome = try await inst(["-c", "print 1"], environment: withoutCredentials(home: home.path))
        #expect(outcome.error == "")
    }

    @Test func simSendsWritesToTheSimulator() async throws {
        let home = try TemporaryDirectory()
        var environment = withoutCredentials(home: home.path)
        environment["INSTANTLY_API_KEY"] = "sk-never-used"
        let code = "let c = (instantly.campaigns.list | first)\ninstantly.campaigns.pause $c.id\nprint (instantly.campaigns.get $c.id).status_label"
        let outcome = try await inst(["--sim", "--live", "-c", code], environment: environment)
        #expect(outcome.status == 0)
        #expect(outcome.output == "paused\n")
        #expect(outcome.error == "")
        // In a dry-run the pause goes to the run's scratch copy of the simulator, and is in the plan.
        let planned = try await inst(["--sim", "-c", code], environment: environment)
        #expect(planned.output == "paused\n")
        #expect(planned.error.contains("/pause"))
    }

    @Test func simCommandsAgainstALiveWorkspaceSayWhereTheyExist() async throws {
        let home = try TemporaryDirectory()
        var environment = withoutCredentials(home: home.path)
        environment["INSTANTLY_API_KEY"] = "sk-never-used"
        let outcome = try await inst(["-c", "sim.now"], environment: environment)
        #expect(outcome.status != 0)
        #expect(outcome.error.contains("note: 'sim.…' commands exist only against the simulator: run with --sim, or without credentials"))
    }

    @Test func aLiveWorkspaceIsReadButNotWrittenWithoutLive() async throws {
        let (ports, found) = AsyncStream.makeStream(of: Int.self)
        let server = Task { try await SimulatorServer(transport: Simulator(), port: 0).run { found.yield($0) } }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        let home = try TemporaryDirectory()
        var environment = withoutCredentials(home: home.path)
        environment["INSTANTLY_API_KEY"] = "sk-loopback-secret"
        environment["INSTANTLY_BASE_URL"] = "http://127.0.0.1:\(port)"
        let code = "let c = (instantly.campaigns.list | first)\nprint $c.status_label\ninstantly.campaigns.pause $c.id\nprint \"sent\""

        // Dry-run: the pause is planned, not sent; the live run that follows still reads "completed".
        let planned = try await inst(["-c", code], environment: environment)
        #expect(planned.status == 0, "stderr: \(planned.error)")
        #expect(planned.output == "completed\nsent\n")
        #expect(planned.error.contains("nothing was sent"))
        #expect(planned.error.contains("/pause"))

        let sent = try await inst(["--live", "-c", code], environment: environment)
        #expect(sent.status == 0)
        #expect(sent.output == "completed\nsent\n")
        let after = try await inst(["-c", "print (instantly.campaigns.list | first).status_label"], environment: environment)
        #expect(after.output == "paused\n")
        for outcome in [planned, sent, after] {
            #expect(!(outcome.output + outcome.error).contains("sk-loopback-secret"))
        }
    }

    @Test func anOpenKeyFileIsRefusedWithTheFix() async throws {
        let home = try TemporaryDirectory()
        let key = try home.write("instantly.key", "# northwind\nsk-file-secret\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        var environment = withoutCredentials(home: home.path)
        environment["INSTANTLY_API_KEY_FILE"] = key
        let outcome = try await inst(["-c", "print 1"], environment: environment)
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.error.contains("chmod 600 \(key)"))
        #expect(!outcome.error.contains("sk-file-secret"))
    }
}
