import Foundation
import InstLanguage
@testable import InstRuntime
import InstTestSupport
import Testing

/// A script folder `jobs/` beside `private/`, with a link from one into the other.
private func tree() throws -> TemporaryDirectory {
    let root = try TemporaryDirectory()
    try root.write("jobs/leads.csv", "email\nada@northwind.test\n")
    try root.write("jobs/notes.csv", "x\n1\n")
    try root.write("jobs/data/more.csv", "email\n")
    try root.write("private/secret.csv", "key\nsk-1\n")
    try root.link("jobs/secret-link.csv", to: root.path + "/private/secret.csv")
    try root.makeDirectory("out")
    return root
}

private func policyError(_ body: () throws -> Void) -> ScriptError? {
    do {
        try body()
        return nil
    } catch {
        return error as? ScriptError
    }
}

/// Checks and runs `code` as `jobs/job.inst` under a confined sandbox (like `inst run`).
private func run(
    _ code: String, in root: TemporaryDirectory, allowRead: [String] = [], allowWrite: [String] = []
) throws -> (printed: [String], error: ScriptError?) {
    var printed: [String] = []
    let host = ScriptHost(options: .init(
        baseDirectory: root.path + "/jobs", allowRead: allowRead,
        output: { if case .print(let line) = $0 { printed.append(line) } },
        sandbox: ScriptSandbox(allowWrite: allowWrite, confined: true)))
    let program = try host.check(SourceFile(name: "job.inst", text: code))
    do {
        _ = try host.run(program)
        return (printed, nil)
    } catch let error as ScriptError {
        return (printed, error)
    }
}

@Suite struct SandboxFileTests {
    @Test func aConfinedScriptReadsOnlyWhatItRequires() throws {
        let root = try tree()
        let policy = try FilePolicy(baseDirectory: root.path + "/jobs").confined(toRequiredReads: ["leads.csv", "data"])
        #expect(try policy.readablePath("leads.csv", for: "csv.read") == root.path + "/jobs/leads.csv")
        #expect(try policy.readablePath("data/more.csv", for: "csv.read") == root.path + "/jobs/data/more.csv")
        let undeclared = policyError { _ = try policy.readablePath("notes.csv", for: "csv.read") }
        #expect(undeclared?.kind == .policy)
        #expect(undeclared?.message == "csv.read: reading 'notes.csv' (\(root.path)/jobs/notes.csv) is not allowed: the script does not require it")
        #expect(undeclared?.hint?.hasPrefix("add: require read \"notes.csv\"") == true)
    }

    @Test(arguments: ["../private/secret.csv", "secret-link.csv", "/etc/passwd", "data/../../private/secret.csv"])
    func aScriptCannotRequireItsWayOut(path: String) throws {
        let root = try tree()
        let error = policyError { _ = try FilePolicy(baseDirectory: root.path + "/jobs").confined(toRequiredReads: [path]) }
        #expect(error?.kind == .policy)
        #expect(error?.message.hasPrefix("require read \"\(path)\": ") == true)
        #expect(error?.message.contains("outside the script's folder") == true)
        #expect(error?.hint?.hasPrefix("grant it with --allow-read /") == true)
    }

    @Test func allowReadStillGrantsPathsOutsideTheFolder() throws {
        let root = try tree()
        let base = FilePolicy(baseDirectory: root.path + "/jobs", allowRead: [root.path + "/private"])
        let policy = try base.confined(toRequiredReads: ["../private/secret.csv"])
        #expect(try policy.readablePath("secret-link.csv", for: "csv.read") == root.path + "/private/secret.csv")
    }

    @Test func writesGoOnlyUnderAllowWrite() throws {
        let root = try tree()
        let none = FilePolicy(baseDirectory: root.path + "/jobs")
        let refused = policyError { _ = try none.writablePath("report.csv", for: "csv.write") }
        #expect(refused?.kind == .policy)
        #expect(refused?.message.contains("scripts write only under --allow-write") == true)
        let policy = FilePolicy(baseDirectory: root.path + "/jobs", allowWrite: [root.path + "/out"])
        #expect(try policy.writablePath("../out/report.csv", for: "csv.write") == root.path + "/out/report.csv")
        #expect(policyError { _ = try policy.writablePath("../out/../private/x.csv", for: "csv.write") }?.kind == .policy)
    }

    @Test func csvWriteWritesAWholeFile() throws {
        let root = try tree()
        let code = """
            let rows = [{email: "ada@northwind.test", note: "says \\"hi\\", twice"}, {email: "grace@northwind.test", score: 3, tags: ["a"]}]
            print (csv.write $rows "../out/report.csv")
            """
        let outcome = try run(code, in: root, allowWrite: [root.path + "/out"])
        #expect(outcome.error == nil)
        #expect(outcome.printed == ["2"])
        let text = try String(contentsOfFile: root.path + "/out/report.csv", encoding: .utf8)
        #expect(text == "email,note,score,tags\r\nada@northwind.test,\"says \"\"hi\"\", twice\",,\r\ngrace@northwind.test,,3,\"[\"\"a\"\"]\"\r\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path + "/out")
        #expect(leftovers == ["report.csv"])
    }

    @Test func csvWriteWithoutAGrantWritesNothing() throws {
        let root = try tree()
        let outcome = try run("csv.write [{a: 1}] \"../out/report.csv\"\n", in: root)
        #expect(outcome.error?.kind == .policy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path + "/out").isEmpty)
    }

    @Test func aRowThatIsNotAMapLeavesTheOldFile() throws {
        let root = try tree()
        try root.write("out/report.csv", "old\n")
        let outcome = try run("csv.write [{a: 1}, 2] \"../out/report.csv\"\n", in: root, allowWrite: [root.path + "/out"])
        #expect(outcome.error?.message == "csv.write: row 2 is int, not a map")
        #expect(try String(contentsOfFile: root.path + "/out/report.csv", encoding: .utf8) == "old\n")
    }

    @Test func aConfinedHostReadsRequiredFilesAndNothingElse() throws {
        let root = try tree()
        let allowed = try run("require read \"leads.csv\"\nfor r in (csv.read \"leads.csv\") { print $r.email }\n", in: root)
        #expect(allowed.error == nil)
        #expect(allowed.printed == ["ada@northwind.test"])
        let refused = try run("require read \"leads.csv\"\ncsv.read \"notes.csv\"\n", in: root)
        #expect(refused.error?.kind == .policy)
        let escape = try run("require read \"secret-link.csv\"\nprint \"ran\"\n", in: root)
        #expect(escape.error?.kind == .policy)
        #expect(escape.error?.span?.location.line == 1)
        #expect(escape.printed.isEmpty)
    }
}
