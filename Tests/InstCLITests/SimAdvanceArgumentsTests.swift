import Foundation
import InstTestSupport
import Testing

/// `inst sim advance`'s command line: a negative duration is refused as one (not read as the `-h`
/// flag), `-h` still prints the help, and anything besides one duration is a usage error.
@Suite struct SimAdvanceArgumentsTests {
    private static let nowhere = ["--url", "http://127.0.0.1:1"]

    @Test(arguments: [["-3h"], ["-30"], ["-1h30m"], ["-2d"], ["--url", "http://127.0.0.1:1", "-3h"]])
    func aNegativeDurationIsRefused(arguments: [String]) async throws {
        let outcome = try await offThread { try InstBinary.run(["sim", "advance"] + arguments + Self.nowhere) }
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.error.contains("'\(arguments.last ?? "")': durations move the clock forward only"), "\(outcome.error)")
        #expect(!outcome.error.contains("OVERVIEW"))
    }

    @Test(arguments: [["-h"], ["2d", "-h"], ["--help"]])
    func theHelpFlagsStillPrintTheHelp(arguments: [String]) async throws {
        let outcome = try await offThread { try InstBinary.run(["sim", "advance"] + arguments + Self.nowhere) }
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("OVERVIEW: Move a running simulator's clock forward"), "\(outcome.output)")
    }

    @Test(arguments: [
        (["2d", "3h"], "Unexpected argument '3h'"),
        (["-zzz"], "Unknown option '-zzz'"),
        (["2d", "--urll", "x"], "Unknown option '--urll'"),
    ] as [([String], String)])
    func anythingButOneDurationIsAUsageError(arguments: [String], message: String) async throws {
        let outcome = try await offThread { try InstBinary.run(["sim", "advance"] + arguments + Self.nowhere) }
        #expect(outcome.status == 2)
        #expect(outcome.error.contains(message), "\(outcome.error)")
    }
}
