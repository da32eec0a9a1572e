import Foundation
import Testing

/// Scripts that try to leave the sandbox or run away, through the built `inst run --sim`: each is
/// stopped with exit code 3 and a message that names what was refused and how to allow it.
@Suite(.timeLimit(.minutes(2))) struct HostileScriptTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var flags: [String] = []
        /// What standard error must say.
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "reading /etc/passwd", script: "print (csv.read \"/etc/passwd\" | len)\n",
             message: "csv.read: reading '/etc/passwd' is not allowed: it is outside the script's folder"),
        Case(name: "a ../ escape", script: "print (csv.read \"../private/secret.csv\" | len)\n",
             message: "is not allowed: it is outside the script's folder"),
        Case(name: "requiring a ../ escape", script: "require read \"../private/secret.csv\"\nprint \"ran\"\n",
             message: "a script cannot grant itself that"),
        Case(name: "a symlink out", script: "require read \"link.csv\"\nprint (csv.read \"link.csv\" | len)\n",
             message: "require read \"link.csv\": "),
        Case(name: "reading an undeclared file beside the script", script: "print (csv.read \"leads.csv\" | len)\n",
             message: "hint: add: require read \"leads.csv\""),
        Case(name: "an undeclared scope",
             script: "require instantly \"campaigns:read\"\nprint (instantly.campaigns.list | len)\ninstantly.leads.create email=\"x@northwind.test\"\n",
             message: "instantly.leads.create needs the scope leads:create (or one of leads:all, all:create, all:all); the script requires only campaigns:read"),
        Case(name: "no require at all", script: "print (instantly.campaigns.list | len)\n",
             message: "the script has no 'require instantly' line, so it may not call instantly"),
        Case(name: "an infinite loop", script: "while true { }\n", flags: ["--max-steps", "100000"],
             message: "the step budget of 100000 steps is spent"),
        Case(name: "runaway recursion", script: "proc down(n) { return (down ($n + 1)) }\ndown 0\n",
             message: "calls nested deeper than 512"),
        Case(name: "a huge string", script: "let s = \"x\"\nwhile true { set s = $s + $s }\n",
             message: "exceeds the limit of 16777216"),
        Case(name: "csv.write without a grant", script: "csv.write [{a: 1}] \"out/report.csv\"\n",
             message: "csv.write: writing 'out/report.csv'"),
        Case(name: "--max-calls", script: "require instantly \"campaigns:read\"\nfor i in (range 5) { instantly.campaigns.list | len }\n",
             flags: ["--max-calls", "3"], message: "would be API call 4 of this run; the cap is 3 (--max-calls)"),
        Case(name: "--max-writes",
             script: "require instantly \"leads:create\"\nfor i in (range 3) { instantly.leads.create email=\"l$i@northwind.test\" }\n",
             flags: ["--max-writes", "2", "--live"], message: "instantly.leads.create (POST /api/v2/leads) would be write 3 of this run; the cap is 2"),
        Case(name: "a denied campaign",
             script: "require instantly \"campaigns:read\" \"campaigns:update\"\nlet c = (instantly.campaigns.list | first)\ninstantly.campaigns.pause $c.id\n",
             flags: ["--deny-campaign", "PLACEHOLDER"], message: "which writes may not touch (--deny-campaign)"),
    ]

    @Test(arguments: cases)
    func isStoppedWithExitThree(_ hostile: Case) async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("private/secret.csv", "key\nsk-1\n")
        try workspace.write("jobs/leads.csv", "email\nada@northwind.test\n")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.directory.path + "/jobs/link.csv", withDestinationPath: workspace.directory.path + "/private/secret.csv")
        try workspace.write("jobs/hostile.inst", hostile.script + "print \"reached the end\"\n")
        var flags = hostile.flags
        if let index = flags.firstIndex(of: "PLACEHOLDER") { flags[index] = try await firstCampaignID(in: workspace) }
        let outcome = try await workspace.inst(["run", "--sim", "jobs/hostile.inst"] + flags)
        #expect(outcome.status == 3, "stderr: \(outcome.error)")
        #expect(outcome.error.contains(hostile.message), "stderr: \(outcome.error)")
        #expect(!outcome.output.contains("reached the end"))
        #expect(!outcome.output.contains("sk-1") && !outcome.error.contains("sk-1"))
    }

    @Test func aScriptThatDeclaresWhatItTouchesRuns() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("jobs/leads.csv", "email,first_name\nmaria.chen@harbor-health.test,Maria\nsam.okafor@invalid.test,Sam\n")
        try workspace.write("jobs/load.inst", """
            require instantly "campaigns:read" "campaigns:update" "leads:create" "email_verifications:create"
            require read "leads.csv"
            let campaign = (instantly.campaigns.list search="Q4 Executive Peer" | first)
            let loaded = []
            for row in (csv.read "leads.csv") {
              let v = (instantly.verify $row.email)
              if $v.verification_status == "verified" {
                instantly.leads.create campaign=$campaign.id email=$row.email first_name=$row.first_name
                set loaded = $loaded + [{email: $row.email}]
              }
            }
            if (instantly.campaigns.get $campaign.id).status_label == "active" { instantly.campaigns.pause $campaign.id }
            print "loaded $(len $loaded): $(csv.write $loaded "../out/loaded.csv") rows written"
            """)
        try FileManager.default.createDirectory(atPath: workspace.directory.path + "/out", withIntermediateDirectories: true)
        let outcome = try await workspace.inst(["run", "--sim", "jobs/load.inst", "--allow-write", "out", "--max-writes", "5"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "loaded 1: 1 rows written\n")
        let written = try String(contentsOfFile: workspace.directory.path + "/out/loaded.csv", encoding: .utf8)
        #expect(written == "email\r\nmaria.chen@harbor-health.test\r\n")
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: verify_then_load.inst cannot be run"))
    func theSharedExampleRunsWithItsOwnRequires() async throws {
        let workspace = try ExampleWorkspace()
        let outcome = try await workspace.inst(["run", "--sim", "verify_then_load.inst", "--max-calls", "100"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output.hasPrefix("loaded 4, skipped 2\n"))
    }

    /// The id of the demo workspace's first campaign (the simulator's ids are the same each run).
    private func firstCampaignID(in workspace: ExampleWorkspace) async throws -> String {
        let outcome = try await workspace.inst(["--sim", "-c", "print (instantly.campaigns.list | first).id"])
        return outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
