import Foundation
@testable import InstCLI
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// Which governors a run gets (`Backend+Governor.swift`), and where their shared state lives.
@Suite struct GovernorLayerTests {
    private func layers(_ rates: [String] = [], environment: [String: String], credentials: Credentials = Credentials()) throws -> Backend.Layers {
        Backend.Layers(
            options: try RunOptions.parse([]), environment: environment,
            settings: RunSettings(credentials: credentials, rates: try rates.map { try RateSpec(parsing: $0) }),
            journal: RunJournal(runID: "run-1", mode: .dryRun), plan: PlanRecorder(), auditLog: nil)
    }

    @Test func theEmbeddedSimulatorIsGovernedInMemoryUnlessItsLimitsAreOff() throws {
        let state = try TemporaryDirectory()
        let environment = ["XDG_STATE_HOME": state.path]
        #expect(try layers(environment: environment).governorMiddleware(simulated: true, waits: GovernorWaits()).count == 1)
        let off = environment.merging(["INST_SIM_RATE_LIMITS": "off"]) { $1 }
        #expect(try layers(environment: off).governorMiddleware(simulated: true, waits: GovernorWaits()).isEmpty)
        // Rates given on purpose govern even then (the layers benchmark measures it so).
        #expect(try layers(["instantly=1000/s"], environment: off).governorMiddleware(simulated: true, waits: GovernorWaits()).count == 1)
        #expect(!FileManager.default.fileExists(atPath: state.path + "/inst/governor"))
    }

    @Test func liveServicesShareAStateFileNamedByTheCredentialsFingerprint() throws {
        let state = try TemporaryDirectory()
        let key = Secret("sk-layer-test-key")
        let credentials = Credentials(tokens: [.instantly: key], baseURLs: [.instantly: "http://127.0.0.1:9"])
        let governors = try layers(environment: ["XDG_STATE_HOME": state.path], credentials: credentials)
            .governorMiddleware(simulated: false, waits: GovernorWaits())
        #expect(governors.count == 2)
        let files = try FileManager.default.contentsOfDirectory(atPath: state.path + "/inst/governor")
        let fingerprint = CredentialFingerprint.make(service: .instantly, baseURL: "http://127.0.0.1:9", token: key)
        // GoHighLevel has no token here: its budget stays in memory.
        #expect(files == [fingerprint + ".state"])
    }

    @Test func ratesOverrideTheDocumentedLimitsAndUnknownBucketsAreRefused() throws {
        let governors = try layers(["instantly.second=5/s"], environment: [:]).governorMiddleware(simulated: true, waits: GovernorWaits())
        let governor = try #require(governors.first as? GovernorMiddleware<ContinuousClock>)
        #expect(governor.governor.configuration.buckets.first { $0.name == "instantly.second" }?.limit == RateLimit(count: 5, per: .seconds(1)))
        #expect(throws: RateSpecError.unknownBucket("instantly.minute", known: RateGovernorConfiguration.documented.names)) {
            try layers(["instantly.minute=5/s"], environment: [:]).governorMiddleware(simulated: true, waits: GovernorWaits())
        }
    }

    @Test func withoutAStateDirectoryLiveBudgetsStayInMemory() throws {
        let credentials = Credentials(tokens: [.instantly: Secret("k")])
        #expect(try layers(environment: [:], credentials: credentials).governorMiddleware(simulated: false, waits: GovernorWaits()).count == 2)
    }
}
