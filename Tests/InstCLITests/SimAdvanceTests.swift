import Foundation
@testable import InstCLI
import InstTestSupport
import Testing

/// `inst sim advance` and `inst sim now` against a running `inst sim serve`, and their errors.
@Suite struct SimAdvanceTests {
    @Test func advanceAndNowTalkToTheRunningSimulator() async throws {
        let loop = try ServedWorkspace()
        #expect(try await loop.inst(["sim", "now"]).output == "2026-11-02T14:00:00.000Z\n")
        let moved = try await loop.inst(["sim", "advance", "1d2h", "--url", loop.base + "/api/v2/"])
        #expect(moved.status == 0, "stderr: \(moved.error)")
        #expect(moved.output == "2026-11-03T16:00:00.000Z\nwebhooks: 0 delivered, 0 failed\n")
        // INSTANTLY_BASE_URL with its /api/v2 names the same server.
        let now = try await loop.workspace.inst(["sim", "now"], environment: ["INSTANTLY_BASE_URL": loop.base + "/api/v2"])
        #expect(now.output == "2026-11-03T16:00:00.000Z\n", "stderr: \(now.error)")
    }

    @Test(arguments: [["sim", "advance", "soon"], ["sim", "advance", "400d"], ["sim", "advance", "2w"], ["sim", "advance"]])
    func aBadDurationIsAUsageError(arguments: [String]) async throws {
        let outcome = try await offThread { try InstBinary.run(arguments + ["--url", "http://127.0.0.1:1"]) }
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(!outcome.error.isEmpty)
    }

    @Test(arguments: ["now", "advance"])
    func noServerThereSaysSoAndExits1(command: String) async throws {
        let arguments = ["sim", command] + (command == "advance" ? ["2d"] : []) + ["--url", "http://127.0.0.1:1"]
        let outcome = try await offThread { try InstBinary.run(arguments) }
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("inst sim \(command): no simulator answers at http://127.0.0.1:1"), "\(outcome.error)")
        #expect(outcome.error.contains("inst sim serve"))
    }

    @Test func anotherServerIsNotASimulator() async throws {
        let other = try ServingScript(script: "on reply_received { print 1 }", environment: ["INST_WEBHOOK_SECRET": "k"])
        let url = "http://127.0.0.1:\(other.port)"
        let outcome = try await offThread { try InstBinary.run(["sim", "now", "--url", url]) }
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("\(url) is not an inst simulator"), "\(outcome.error)")
    }

    @Test(arguments: [
        (nil, [:], "http://127.0.0.1:4010"),
        (nil, ["INSTANTLY_BASE_URL": ""], "http://127.0.0.1:4010"),
        (nil, ["INSTANTLY_BASE_URL": "http://127.0.0.1:4100/api/v2/"], "http://127.0.0.1:4100"),
        ("http://127.0.0.1:5000/", ["INSTANTLY_BASE_URL": "http://127.0.0.1:4100"], "http://127.0.0.1:5000"),
    ] as [(String?, [String: String], String)])
    func theServerIsFoundAtTheOptionThenTheInstantlyBaseURL(option: String?, environment: [String: String], url: String) {
        #expect(SimClockClient.url(option: option, environment: environment) == url)
    }
}
