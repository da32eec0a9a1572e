import InstLanguage
import InstRuntime
import InstTestSupport
import Testing

/// Collects what a program prints.
private final class Printed {
    var lines: [String] = []

    func record(_ event: OutputEvent) {
        if case .print(let line) = event { lines.append(line) }
    }
}

@Suite struct ScriptHostTests {
    private func host(in folder: String, allowRead: [String] = [], printed: Printed = Printed()) -> ScriptHost {
        ScriptHost(options: .init(baseDirectory: folder, allowRead: allowRead, output: printed.record))
    }

    @Test func runsAProgramWithItsParams() throws {
        let folder = try TemporaryDirectory()
        let printed = Printed()
        let host = host(in: folder.path, printed: printed)
        let program = try host.check(SourceFile(name: "job.inst", text: "param who = \"world\"\nparam n = 1\nprint \"$who $($n * 2)\"\n"))
        _ = try host.run(program)
        _ = try host.run(program, variables: ScriptVariables(["who": "Ada", "n": "21"]))
        #expect(printed.lines == ["world 2", "Ada 42"])
    }

    @Test func anUnknownVariableIsRefusedBeforeAnythingRuns() throws {
        let folder = try TemporaryDirectory()
        let printed = Printed()
        let host = host(in: folder.path, printed: printed)
        let program = try host.check(SourceFile(name: "job.inst", text: "param who = 1\nprint \"ran\"\n"))
        #expect(throws: HostError.unknownVariable("whom", declared: ["who"])) {
            try host.run(program, variables: ScriptVariables(["whom": "x"]))
        }
        #expect(printed.lines.isEmpty)
    }

    @Test func csvReadReadsGrantedFilesOnly() throws {
        let folder = try TemporaryDirectory()
        try folder.write("jobs/leads.csv", "email,company\nada@northwind.test,Northwind\n")
        try folder.write("shared/more.csv", "email\ngrace@northwind.test\n")
        let printed = Printed()
        let host = host(in: folder.path + "/jobs", allowRead: [folder.path + "/shared/more.csv"], printed: printed)
        let program = try host.check(SourceFile(name: "load.inst", text: """
            for row in (csv.read "leads.csv") { print "$row.email at $row.company" }
            for row in (csv.read "../shared/more.csv") { print $row.email }
            csv.read "../shared/other.csv"
            """))
        #expect {
            try host.run(program)
        } throws: { error in
            let error = error as? ScriptError
            return error?.kind == .policy && error?.span?.location.line == 3
        }
        #expect(printed.lines == ["ada@northwind.test at Northwind", "grace@northwind.test"])
    }

    @Test func useFindsTheLibraryAndFilesBesideTheScript() throws {
        let folder = try TemporaryDirectory()
        try folder.write("helpers.inst", "proc twice(n) { return $n * 2 }\n")
        let script = try folder.write("main.inst", "use \"./helpers.inst\"\nuse text\nprint (helpers.twice 4) (text.plural 1 campaign)\n")
        let printed = Printed()
        let host = host(in: folder.path, printed: printed)
        _ = try host.run(try host.check(try ScriptHost.loadScript(at: script)))
        #expect(printed.lines == ["8 1 campaign"])
    }

    @Test func evaluateKeepsTheSessionAndReadsStreams() throws {
        let host = host(in: "/")
        _ = try host.evaluate(SourceFile(name: "<repl:1>", text: "let x = 41"))
        #expect(try host.evaluate(SourceFile(name: "<repl:2>", text: "$x + 1")) == 42)
        #expect(try host.evaluate(SourceFile(name: "<repl:3>", text: "range 3")) == [0, 1, 2])
        #expect(host.interpreter.variableNames.contains("x"))
        #expect(host.interpreter.commandNames.contains("csv.read"))
    }

    @Test func aMissingScriptIsAHostError() {
        #expect(throws: HostError.unreadableScript(path: "/nonexistent/x.inst", reason: "no such file")) {
            try ScriptHost.loadScript(at: "/nonexistent/x.inst")
        }
    }
}
