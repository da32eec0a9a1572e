import Foundation
import InstTestSupport
import Testing

/// The normative Instantly examples `shared/examples/explore.inst` and `verify_then_load.inst`,
/// run unchanged through the built `inst` against the embedded simulator (`--sim`).
@Suite(.timeLimit(.minutes(2))) struct InstantlyExamplesTests {
    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func exploreToursTheDemoWorkspace() async throws {
        let workspace = try ExampleWorkspace()
        let outcome = try await workspace.inst(["run", "--sim", "explore.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.error == "")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "3 campaigns")

        let campaigns = try #require(ExampleWorkspace.table(after: ["name", "status_label", "daily_limit"], in: lines))
        #expect(campaigns == [
            ["Q4 Executive Peer", "completed", "50"],
            ["Q4 Partnerships", "active", "50"],
            ["Q4 Practitioner", "completed", "50"],
        ])

        // One analytics line per campaign, in the listing's order; law 10: the lead count comes from analytics.
        let analytics = lines.compactMap { line in
            line.wholeMatch(of: /(.+): (\d+) leads, (\d+) sent, (\d+) replies/).map { (String($0.1), Int($0.2)) }
        }
        #expect(analytics.map(\.0) == ["Q4 Executive Peer", "Q4 Partnerships", "Q4 Practitioner"])
        #expect(analytics.first { $0.0 == "Q4 Partnerships" }?.1 == 40)

        let accounts = try #require(ExampleWorkspace.table(after: ["email", "status_label"], in: lines))
        #expect(accounts.contains(["linus@northwind.test", "connection_error"]))
        #expect(!accounts.contains { $0.last == "active" })
    }

    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func verifyThenLoadLoadsOnlyDeliverableLeads() async throws {
        let workspace = try ExampleWorkspace()
        let outcome = try await workspace.inst(["run", "--sim", "verify_then_load.inst"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "loaded 4, skipped 2")
        #expect(ExampleWorkspace.table(after: ["email", "why", "catch_all"], in: lines) == [
            ["sam.okafor@invalid.test", "invalid", "false"],
            ["jo.rivera@catchall.test", "verified", "true"],
        ])
    }

    /// The example's own steps in one run, then a look at the campaign: loading flipped the
    /// completed campaign to active (law 7) and the script paused it; the duplicate row was skipped.
    @Test(.enabled(if: ExampleWorkspace.available, "../shared/examples is absent: the examples cannot be run"))
    func verifyThenLoadLeavesTheCampaignPaused() async throws {
        let workspace = try ExampleWorkspace()
        let example = try String(contentsOfFile: workspace.directory.path + "/verify_then_load.inst", encoding: .utf8)
        let code = example + """

            print "status before: $campaign.status_label"
            print "status after: $((instantly.campaigns.get $campaign.id).status_label)"
            print "leads in campaign: $(instantly.leads.list campaign=$campaign.id | count)"
            """
        let outcome = try await workspace.inst(["--sim", "-c", code])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(Array(lines.suffix(3)) == ["status before: completed", "status after: paused", "leads in campaign: 3"])
    }
}

/// A temporary folder holding copies of the Instantly examples and `leads.csv`, where `inst` runs
/// with HOME and the XDG folders inside it and no credentials in its environment.
final class ExampleWorkspace {
    static let files = ["explore.inst", "verify_then_load.inst", "leads.csv"]
    static let available = files.allSatisfy {
        FileManager.default.fileExists(atPath: HelloExampleTests.examples.appendingPathComponent($0).path)
    }

    private let folder: TemporaryDirectory
    var directory: URL { URL(fileURLWithPath: folder.path) }

    /// Copies the examples when they exist; an empty folder otherwise.
    init() throws {
        folder = try TemporaryDirectory()
        for file in Self.files where Self.available {
            try FileManager.default.copyItem(
                at: HelloExampleTests.examples.appendingPathComponent(file), to: directory.appendingPathComponent(file))
        }
    }

    /// Writes `text` to `name` in the folder.
    func write(_ name: String, _ text: String) throws {
        try folder.write(name, text)
    }

    /// Every credential variable set empty (which counts as unset), HOME and XDG folders here.
    var environment: [String: String] {
        var environment = ["HOME": folder.path]
        for name in ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"] {
            environment[name] = folder.path + "/" + name.lowercased()
        }
        for name in ["INSTANTLY_API_KEY", "INSTANTLY_API_KEY_FILE", "INSTANTLY_BASE_URL", "GHL_TOKEN", "GHL_TOKEN_FILE", "GHL_BASE_URL", "GHL_LOCATION_ID"] {
            environment[name] = ""
        }
        return environment
    }

    /// Runs `inst` in the folder on a thread of its own (waiting never holds a test-pool thread),
    /// with `extra` over ``environment``.
    func inst(_ arguments: [String], environment extra: [String: String] = [:]) async throws -> InstBinary.Outcome {
        let environment = environment.merging(extra) { _, new in new }
        let directory = folder.path
        return try await offThread { try InstBinary.run(arguments, directory: directory, environment: environment, timeout: 90) }
    }

    /// The rows of the `table` whose header cells are `header`, as cells cut at the columns of its
    /// dashed rule, up to the first line that does not fit those columns; `nil` when no such table
    /// was printed.
    static func table(after header: [String], in lines: [String]) -> [[String]]? {
        guard let start = lines.firstIndex(where: { $0.split(separator: " ").map(String.init) == header }),
              start + 1 < lines.count else { return nil }
        let rule = Array(lines[start + 1])
        var columns: [Range<Int>] = []
        for (index, character) in rule.enumerated() where character == "-" {
            if let last = columns.last, last.upperBound == index {
                columns[columns.count - 1] = last.lowerBound..<index + 1
            } else {
                columns.append(index..<index + 1)
            }
        }
        guard columns.count == header.count else { return nil }
        let gaps = zip(columns, columns.dropFirst()).flatMap { $0.upperBound..<$1.lowerBound }
        let rows = lines[(start + 2)...].map(Array.init).prefix { line in
            line.count <= rule.count && gaps.allSatisfy { $0 >= line.count || line[$0] == " " }
        }
        return rows.map { line in
            columns.map { column in
                String(line[min(column.lowerBound, line.count)..<min(column.upperBound, line.count)])
                    .trimmingCharacters(in: .whitespaces)
            }
        }
    }
}

