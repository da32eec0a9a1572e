import Foundation
import InstLanguage
@testable import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// A service whose write and paged read record the journal's site while they run (the read: at each pull).
private struct Service: HostModule {
    let journal: RunJournal
    let seen: Sites

    var commands: [CommandSpec] {
        let (journal, seen) = (journal, seen)
        return [
            CommandSpec("ghl.items.create", summary: "write", effect: .write) { _, _ in
                seen.sites.append(journal.site)
                return .null
            },
            CommandSpec("ghl.items.pages", summary: "a listing read page by page", effect: .read) { _, _ in
                var left = 2
                return .stream(ValueStream {
                    seen.sites.append(journal.site)
                    left -= 1
                    return left >= 0 ? .int(left) : nil
                })
            },
        ]
    }
}

private final class Sites {
    var sites: [CallSite?] = []
}

private let library = [
    "tools": """
    # Creates an item.
    proc write() {
      ghl.items.create
    }
    proc pages() {
      return (ghl.items.pages)
    }
    proc twice() {
      [1, 2] | each { write }
    }
    """,
]

/// Runs `code` as `job.inst`, with the `tools` library, through the guarded service; the sites seen.
private func sites(of code: String) throws -> [CallSite?] {
    let folder = try TemporaryDirectory()
    let journal = RunJournal(runID: "r1", mode: .dryRun)
    let seen = Sites()
    let guarded = CallGuard(Service(journal: journal, seen: seen), service: "ghl", requiredScopes: [:], journal: journal)
    let host = ScriptHost(options: .init(
        baseDirectory: folder.path, output: { _ in }, library: library, modules: [guarded],
        sandbox: ScriptSandbox(journal: journal, confined: true)))
    _ = try host.run(try host.check(SourceFile(name: "job.inst", text: "require ghl \"items:all\"\nuse tools\n" + code)))
    #expect(journal.site == nil)
    return seen.sites
}

private func site(_ line: Int, _ command: String, via: [CallSite.Step] = []) -> CallSite {
    CallSite(file: "job.inst", line: line, column: 1, command: command, via: via)
}

@Suite struct CallSiteOriginTests {
    @Test func aWriteInsideALibraryProcedureCitesTheScriptsLineViaTheProcedure() throws {
        let seen = try sites(of: "\ntools.write\n")
        let via = [CallSite.Step(procedure: "tools.write", file: "stdlib/tools.inst", line: 3)]
        #expect(seen == [site(4, "ghl.items.create", via: via)])
        #expect(seen.first??.place == "job.inst:4")
        #expect(seen.first??.viaText == "via tools.write (stdlib/tools.inst:3)")
    }

    @Test func aListingReturnedByAProcedureKeepsItsOriginForLaterPages() throws {
        let seen = try sites(of: "tools.pages | each { ghl.items.create }\n")
        let pages = site(3, "ghl.items.pages", via: [CallSite.Step(procedure: "tools.pages", file: "stdlib/tools.inst", line: 6)])
        let create = CallSite(file: "job.inst", line: 3, column: 22, command: "ghl.items.create")
        #expect(seen == [pages, create, pages, create, pages])
    }

    @Test func proceduresCallingProceduresAreAllNamed() throws {
        let via = [
            CallSite.Step(procedure: "tools.twice", file: "stdlib/tools.inst", line: 9),
            CallSite.Step(procedure: "tools.write", file: "stdlib/tools.inst", line: 3),
        ]
        #expect(try sites(of: "tools.twice\n") == [site(3, "ghl.items.create", via: via), site(3, "ghl.items.create", via: via)])
        #expect(site(3, "x", via: via).viaText == "via tools.twice (stdlib/tools.inst:9) → tools.write (stdlib/tools.inst:3)")
    }

    @Test func thePlanShowsTheScriptsLineAndTheProcedurePath() throws {
        let request = TransportRequest(
            service: .highLevel, method: .post, pathTemplate: "/contacts/", body: Array(#"{"email":"a@b.test"}"#.utf8),
            operationID: "ghl.contacts.create", effect: .write)
        let via = [CallSite.Step(procedure: "sync.replies_to_ghl", file: "stdlib/sync.inst", line: 32)]
        let entries = [
            PlanEntry(sequence: 1, request: request, scopes: ["contacts.write"],
                      site: CallSite(file: "reply_sync.inst", line: 14, column: 1, command: "ghl.contacts.create", via: via),
                      warnings: [], planned: true),
            PlanEntry(sequence: 2, request: request, scopes: ["contacts.write"],
                      site: CallSite(file: "reply_sync.inst", line: 20, column: 1, command: "ghl.contacts.create"),
                      warnings: [], planned: true),
        ]
        let plan = Plan(script: nil, parameters: [:], mode: .dryRun, backend: "sim", runID: "r", entries: entries, notes: [])
        let lines = plan.text.split(separator: "\n").map(String.init)
        #expect(lines[1] == "  1. POST /contacts/  (contacts.write)  reply_sync.inst:14")
        #expect(lines[2] == "      via sync.replies_to_ghl (stdlib/sync.inst:32)")
        #expect(lines[3] == #"      {"email": "a@b.test"}"#)
        #expect(lines[4] == "  2. POST /contacts/  (contacts.write)  reply_sync.inst:20")
        #expect(lines[5] == #"      {"email": "a@b.test"}"#)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try plan.json())) as? [String: Any])
        let writes = try #require(json["writes"] as? [[String: Any]])
        #expect(writes[0]["site"] as? String == "reply_sync.inst:14")
        #expect((writes[0]["via"] as? [[String: String]]) == [["procedure": "sync.replies_to_ghl", "site": "stdlib/sync.inst:32"]])
        #expect((writes[1]["via"] as? [[String: String]]) == [])
    }
}
