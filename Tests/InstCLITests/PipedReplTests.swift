import Foundation
import Testing

/// `echo '…' | inst`: the REPL reads piped lines without prompts, so it can be scripted.
@Suite struct PipedReplTests {
    @Test func evaluatesEntriesAndPrintsValuesWithoutPrompts() throws {
        let outcome = try InstBinary.run([], input: "let x = 2\nprint ($x * 21)\n$x + 1\n\"text\"\nprint \"a\"; null\n")
        #expect(outcome.status == 0)
        #expect(outcome.output == "42\n3\ntext\na\n")
        #expect(outcome.error == "")
    }

    @Test func multiLineEntriesAndTables() throws {
        let input = "proc add(a, b) {\n  return $a + $b\n}\nadd 2 3\n[{name: \"a\", n: 1}, {name: \"bb\", n: 22}]\n"
        let outcome = try InstBinary.run(["repl"], input: input)
        #expect(outcome.output == "5\nname   n\n----  --\na      1\nbb    22\n")
    }

    @Test func errorsAreReportedAndTheSessionGoesOnButTheExitIsOne() throws {
        let outcome = try InstBinary.run([], input: "print $nope\nlet y = 1 / 0\nprint \"still here\"\n")
        #expect(outcome.output == "still here\n")
        #expect(outcome.error.hasPrefix("<repl:1>:1:"))
        #expect(outcome.error.contains("error: undefined variable $nope"))
        #expect(outcome.error.contains("<repl:2>:1:9: error: division by zero"))
        #expect(outcome.status == 1)
    }

    @Test func exitAfterAFailureStillExitsOne() throws {
        let outcome = try InstBinary.run([], input: "fail \"no\"\nexit\n")
        #expect(outcome.status == 1)
    }

    @Test func helpAndExitAreReplWords() throws {
        let outcome = try InstBinary.run([], input: "help csv.read\nexit\nprint \"not reached\"\n")
        #expect(outcome.status == 0)
        #expect(outcome.output.hasPrefix("usage: csv.read path\n"))
        #expect(!outcome.output.contains("not reached"))
    }

    @Test func varIsForScriptsOnly() throws {
        let outcome = try InstBinary.run(["--var", "a=1"], input: "")
        #expect(outcome.status == 2)
    }

    @Test func writesArePlannedUntilLiveIsConfirmed() throws {
        let pause = "instantly.campaigns.pause (instantly.campaigns.list search=\"Q4 Partnerships\" | first).id"
        let input = """
            let before = ($pause)
            print $before.dry_run
            live
            no
            live
            yes
            let after = ($pause)
            print ($after.dry_run ?? "sent") $after.status_label
            dry-run
            exit

            """.replacingOccurrences(of: "$pause", with: pause)
        let outcome = try InstBinary.run(["--sim"], input: input)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("true\n"))
        #expect(outcome.output.contains("still dry-run\n"))
        #expect(outcome.output.contains("live: writes are sent\n"))
        #expect(outcome.output.contains("sent paused\n"))
        #expect(outcome.output.hasSuffix("dry-run: writes are planned, not sent\n"))
        // The first entry's plan is shown after it; the live entry plans nothing.
        #expect(outcome.error.contains("1. POST /api/v2/campaigns/"))
        #expect(outcome.error.components(separatedBy: "plan: 1 × POST /api/v2/campaigns/{id}/pause; 0 sent").count == 2)
    }
}
