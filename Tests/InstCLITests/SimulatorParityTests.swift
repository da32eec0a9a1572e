import Foundation
import InstTestSupport
import Testing

/// `inst run --sim` (the simulator in process) and `inst run` pointed at `inst sim serve` (the
/// same simulator over loopback HTTP) print the same for the same script. Each test starts its
/// own server, so both runs begin from the same fresh demo workspace.
@Suite(.timeLimit(.minutes(2))) struct SimulatorParityTests {
    /// Reads, writes, paging, a caught 404, caught validation errors (refused before sending, and
    /// by the server) and a polled verification.
    static let script = """
        require instantly "campaigns:read" "campaigns:create" "campaigns:update" "leads:create" "leads:read" "email_verifications:create"
        let campaigns = (instantly.campaigns.list limit=2)
        print "campaigns: $(len $campaigns)"
        for c in $campaigns { print "$c.name $c.status $c.status_label" }
        let peer = (instantly.campaigns.list search="Q4 Executive Peer" | first)
        let got = (instantly.campaigns.get $peer.id)
        print "get: $got.name $got.status_label $got.daily_limit"

        for n in [1, 2, 3, 4, 5] {
          let lead = (instantly.leads.create campaign=$peer.id email="parity$n@example.test" first_name="P$n")
          print "created $lead.email $lead.first_name"
        }
        instantly.leads.list campaign=$peer.id limit=2 | select email first_name | table
        print "after loading: $((instantly.campaigns.get $peer.id).status_label)"

        try {
          instantly.campaigns.get "00000000-0000-0000-0000-000000000000"
        } catch err {
          print "missing: $err.status $err.code"
        }
        try {
          instantly.leads.create campaign=$peer.id email=42
        } catch err {
          print "invalid: $err.code $err.message"
        }
        let draft = (instantly.campaigns.create name="Parity draft" campaign_schedule={schedules: [{name: "Weekdays", timing: {from: "09:00", to: "17:00"}, days: {"1": true}, timezone: "America/Chicago"}]})
        try {
          instantly.campaigns.activate $draft.id
        } catch err {
          print "refused: $err.status $err.code $err.message"
        }
        let v = (instantly.verify "li.wang@slow.test")
        print "verify: $v.email $v.verification_status $v.catch_all"
        """

    @Test func aProjectScriptPrintsTheSameInProcessAndOverHTTP() async throws {
        let workspace = try ExampleWorkspace()
        try workspace.write("parity.inst", Self.script)
        let inProcess = try await compare("parity.inst", in: workspace)

        // The outputs agree; check they are also right.
        let lines = inProcess.output.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(5)) == [
            "campaigns: 3", "Q4 Executive Peer 3 completed", "Q4 Partnerships 1 active", "Q4 Practitioner 3 completed",
            "get: Q4 Executive Peer completed 50",
        ])
        // Five leads read two a page: three pages.
        let leads = ExampleWorkspace.table(after: ["email", "first_name"], in: lines)
        #expect(leads == (1...5).map { ["parity\($0)@example.test", "P\($0)"] })
        #expect(lines.contains("after loading: active"))
        #expect(lines.contains("missing: 404 not_found"))
        #expect(lines.contains { $0.hasPrefix("invalid: invalid_argument email: ") })
        #expect(lines.contains { $0.hasPrefix("refused: 400 ") && $0.contains("no sequence steps") })
        #expect(lines.last == "verify: li.wang@slow.test verified false")
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: explore.inst cannot be run"))
    func exploreIsTheSameInProcessAndOverHTTP() async throws {
        let workspace = try ExampleWorkspace()
        let inProcess = try await compare("explore.inst", in: workspace)
        #expect(inProcess.output.hasPrefix("3 campaigns\n"))
    }

    /// Runs `script` in process and against a fresh `inst sim serve`, expects the same exit
    /// status, output and errors, and returns the in-process outcome.
    private func compare(_ script: String, in workspace: ExampleWorkspace) async throws -> InstBinary.Outcome {
        // `--live` in both: the same writes are sent, and neither run prints a dry-run plan.
        let inProcess = try await workspace.inst(["run", "--sim", "--live", script])
        #expect(inProcess.status == 0, "stderr: \(inProcess.error)")

        let key = "sk-parity-secret"
        let (overHTTP, stopped) = try await offThread { [environment = workspace.environment, directory = workspace.directory.path] in
            let server = try ServingInst(arguments: ["sim", "serve", "--port", "0"])
            defer { server.kill() }
            let line = try server.firstLine()
            guard let port = SimServeTests.port(in: line) else {
                throw ServingInst.Failure(description: "unexpected first line: \(line)")
            }
            var served = environment
            served["INSTANTLY_API_KEY"] = key
            served["INSTANTLY_BASE_URL"] = "http://127.0.0.1:\(port)"
            let outcome = try InstBinary.run(["run", "--live", script], directory: directory, environment: served, timeout: 90)
            return (outcome, try server.terminate())
        }
        #expect(stopped.status == 0, "server stderr: \(stopped.error)")

        #expect(overHTTP.status == inProcess.status)
        #expect(overHTTP.output == inProcess.output)
        #expect(overHTTP.error == inProcess.error)
        #expect(!(overHTTP.output + overHTTP.error + stopped.output + stopped.error).contains(key))
        return inProcess
    }
}
