import Foundation
import InstTestSupport
import Testing

/// `inst check` and `inst help` know the commands a script sees: the API built-ins and the
/// standard library's procedures.
@Suite struct CheckAndHelpTests {
    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func theExamplesPassTheCheck() throws {
        let scripts = ["explore.inst", "verify_then_load.inst", "safe_launch.inst", "reply_sync.inst"]
            .map { HelloExampleTests.examples.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let outcome = try InstBinary.run(["check"] + scripts)
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.output.split(separator: "\n").count == scripts.count)
    }

    @Test func aCheckStillCatchesAnUnknownAPICommand() throws {
        let folder = try TemporaryDirectory()
        try folder.write("typo.inst", "require instantly \"campaigns:read\"\ninstantly.campaigns.lst\n")
        let outcome = try InstBinary.run(["check", folder.path + "/typo.inst"])
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("unknown command 'instantly.campaigns.lst'"))
    }

    @Test func helpDescribesStandardLibraryProcedures() throws {
        let outcome = try InstBinary.run(["help", "lifecycle.launch"])
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.output.hasPrefix("usage: lifecycle.launch id\n"))
    }
}
