import InstTestSupport
import Foundation
import Testing

/// The built `inst` executable, run as a user would: arguments, files, exit codes, streams.
@Suite struct EndToEndTests {
    private func inst(_ arguments: String..., input: String = "", in directory: String? = nil) throws -> InstBinary.Outcome {
        try InstBinary.run(arguments, input: input, directory: directory)
    }

    @Test func runPrintsToStandardOutput() throws {
        let folder = try TemporaryDirectory()
        let script = try folder.write("job.inst", "print \"hello\"\nprint (1 + 2)\n")
        let outcome = try inst("run", script)
        #expect(outcome.status == 0)
        #expect(outcome.output == "hello\n3\n")
        #expect(outcome.error == "")
    }

    @Test func dashCRunsCode() throws {
        let outcome = try inst("-c", "let xs = [3, 1, 2]\nprint ($xs | sort-by | join \", \")")
        #expect(outcome.status == 0)
        #expect(outcome.output == "1, 2, 3\n")
    }

    @Test func aScriptErrorExitsOneWithTheDiagnosticOnStandardError() throws {
        let outcome = try inst("-c", "print \"before\"\nlet x = 1 / 0")
        #expect(outcome.status == 1)
        #expect(outcome.output == "before\n")
        #expect(outcome.error.hasPrefix("-c:2:9: error: division by zero\nlet x = 1 / 0\n        ^"))
    }

    @Test func aCheckErrorRunsNothing() throws {
        let outcome = try inst("-c", "print \"before\"\nprint $missing")
        #expect(outcome.status == 1)
        #expect(outcome.output == "")
        #expect(outcome.error.hasPrefix("-c:2:"))
        #expect(outcome.error.contains("error: undefined variable $missing"))
    }

    @Test func checkReportsEveryDiagnosticAndRunsNothing() throws {
        let folder = try TemporaryDirectory()
        let good = try folder.write("good.inst", "print \"ran\"\n")
        let bad = try folder.write("bad.inst", "print \"ran\"\nprint $a\nprint $b\n")
        let outcome = try inst("check", good, bad)
        #expect(outcome.status == 1)
        #expect(outcome.output == "\(good): ok\n")
        let diagnostics = outcome.error.split(separator: "\n").filter { $0.hasPrefix(bad) }
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.hasPrefix("\(bad):2:") == true)
        #expect(diagnostics.first?.hasSuffix("error: undefined variable $a") == true)
        #expect(diagnostics.last?.hasPrefix("\(bad):3:") == true)
        let clean = try inst("check", good)
        #expect(clean.status == 0)
    }

    @Test func varSetsParams() throws {
        let folder = try TemporaryDirectory()
        let script = try folder.write("greet.inst", "param name = \"world\"\nparam times = 1\nprint \"hello $name x$($times + 1)\"\n")
        #expect(try inst("run", script).output == "hello world x2\n")
        #expect(try inst("run", script, "--var", "name=Ada Lovelace", "--var", "times=2").output == "hello Ada Lovelace x3\n")
        let unknown = try inst("run", script, "--var", "nmae=Ada")
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("--var nmae: the script has no 'param nmae' (its params are: name, times)"))
        let malformed = try inst("run", script, "--var", "name")
        #expect(malformed.status == 2)
        #expect(malformed.error.contains("--var 'name': expected NAME=VALUE"))
    }

    @Test(arguments: [["--json"]])
    func flagsOfLaterWorkAreRefusedAsUsageErrors(flag: [String]) throws {
        let outcome = try InstBinary.run(["-c", "print 1"] + flag)
        #expect(outcome.status == 2)
        #expect(outcome.output == "")
        #expect(outcome.error.contains("\(flag[0]) is not available yet"))
    }

    @Test(arguments: [["audit", "verify"], ["--bogus"], ["run"], ["run", "/nonexistent/x.inst"],
                      ["-c", "print 1", "--max-steps", "0"], ["check"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let outcome = try InstBinary.run(arguments)
        #expect(outcome.status == 2)
        #expect(!outcome.error.isEmpty)
    }

    @Test func readingOutsideTheScriptFolderIsRefusedWithExitThree() throws {
        let folder = try TemporaryDirectory()
        try folder.write("private/leads.csv", "email,name\nada@northwind.test,Ada\n")
        let script = try folder.write("jobs/load.inst", "for row in (csv.read \"../private/leads.csv\") { print $row.email }\n")
        let refused = try inst("run", script)
        #expect(refused.status == 3)
        #expect(refused.output == "")
        #expect(refused.error.contains("csv.read: reading '../private/leads.csv'"))
        #expect(refused.error.contains("--allow-read \(folder.path)/private/leads.csv"))
        let granted = try inst("run", script, "--allow-read", folder.path + "/private")
        #expect(granted.status == 0)
        #expect(granted.output == "ada@northwind.test\n")
    }

    @Test func limitsStopRunawayScriptsWithExitThree() throws {
        let steps = try inst("-c", "while true { }", "--max-steps", "1000")
        #expect(steps.status == 3)
        #expect(steps.error.contains("error:"))
        let time = try inst("-c", "while true { }", "--timeout", "0.2")
        #expect(time.status == 3)
    }

    @Test func deepRecursionReachesTheDepthLimitNotACrash() throws {
        let outcome = try inst("-c", "proc down(n) { return (down ($n + 1)) }\ndown 0")
        #expect(outcome.status == 3)
        #expect(outcome.error.contains("error:"))
    }

    @Test func deeplyNestedValuesAreComparedAndFreedWithoutACrash() throws {
        // Swift frees nested arrays recursively: 200,000 levels overflow an 8 MiB stack.
        let code = "let x = []\nfor i in (range 200000) { set x = [$x] }\nprint ($x == $x)"
        let run = try inst("-c", code)
        #expect(run.status == 0)
        #expect(run.output == "true\n")
        let repl = try inst(input: code + "\n")
        #expect(repl.status == 0)
        #expect(repl.output == "true\n")
    }

    @Test func modulesBesideTheScriptAndFromTheStandardLibrary() throws {
        let folder = try TemporaryDirectory()
        try folder.write("jobs/helpers.inst", "# Doubles.\nproc double(n) { return $n * 2 }\n")
        let script = try folder.write("jobs/main.inst", "use \"./helpers.inst\"\nuse text\nprint (helpers.double 21) (text.plural 2 lead)\n")
        let outcome = try inst("run", script)
        #expect(outcome.error == "")
        #expect(outcome.output == "42 2 leads\n")
        let escaping = try folder.write("jobs/escape.inst", "use \"../outside.inst\"\n")
        try folder.write("outside.inst", "proc x() { return 1 }\n")
        #expect(try inst("run", escaping).status != 0)
    }

    @Test func helpDescribesTheLanguageCommands() throws {
        let overview = try inst("help")
        #expect(overview.status == 0)
        #expect(overview.output.contains("csv.read"))
        #expect(overview.output.contains("sort-by"))
        let one = try inst("help", "csv.read")
        #expect(one.output.hasPrefix("usage: csv.read path\n"))
        #expect(one.output.contains("effect: read"))
        let cli = try inst("help", "run")
        #expect(cli.output.contains("USAGE: inst run"))
        let unknown = try inst("help", "nope")
        #expect(unknown.status == 2)
    }

    @Test func interruptingARunExits130() throws {
        let outcome = try InstBinary.run(["-c", "warn \"started\"\nwhile true { }"], interruptAfter: "started")
        #expect(outcome.status == 130)
        #expect(outcome.error.contains("interrupted at -c:2"))
    }
}
