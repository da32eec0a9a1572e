import InstLanguage
@testable import InstRuntime
import InstTestSupport
import Testing

/// A stand-in service module: a read, a write and a pure command, each recording the call site
/// the journal had while it ran.
private struct Service: HostModule {
    let journal: RunJournal
    let seen: Seen

    var commands: [CommandSpec] {
        let (journal, seen) = (journal, seen)
        return [
            CommandSpec("ghl.items.list", summary: "read", effect: .read) { _, context in
                seen.sites.append(journal.site)
                context.emit(.warn("ghl.items.list: careful"))
                seen.warnings.append(journal.warnings)
                return .int(1)
            },
            CommandSpec("ghl.items.create", summary: "write", effect: .write) { _, _ in
                seen.sites.append(journal.site)
                throw ScriptError.runtime("server said no")
            },
            CommandSpec("ghl.format", summary: "pure") { _, _ in .string("ok") },
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

private final class Seen {
    var sites: [CallSite?] = []
    var warnings: [[String]] = []
}

private let scopes = [
    "ghl.items.list": ["items:read", "items:all", "all:read", "all:all"],
    "ghl.items.create": ["items:create", "items:all", "all:create", "all:all"],
    "ghl.items.pages": ["items:read"],
]

/// Runs `code` as a confined script (like `inst run`) with the guarded service; returns the error, if any.
private func run(_ code: String, journal: RunJournal, seen: Seen, confined: Bool = true) throws -> ScriptError? {
    let folder = try TemporaryDirectory()
    let guarded = CallGuard(Service(journal: journal, seen: seen), service: "ghl", requiredScopes: scopes, journal: journal)
    let host = ScriptHost(options: .init(
        baseDirectory: folder.path, output: { _ in }, modules: [guarded],
        sandbox: ScriptSandbox(journal: journal, confined: confined)))
    let program = try host.check(SourceFile(name: "job.inst", text: code))
    do {
        _ = try host.run(program)
        return nil
    } catch let error as ScriptError {
        return error
    }
}

private func journal() -> RunJournal {
    RunJournal(runID: "r1", mode: .dryRun)
}

@Suite struct SandboxScopeTests {
    @Test func requirementsBecomeTheGrant() throws {
        let folder = try TemporaryDirectory()
        let host = ScriptHost(options: .init(baseDirectory: folder.path))
        let program = try host.check(SourceFile(name: "a.inst", text: """
            require instantly "campaigns:read" "leads:create"
            require instantly "campaigns:update"
            require ghl "contacts.write"
            require read "leads.csv"
            """))
        let grant = ScopeGrant(requirements: program.requirements)
        #expect(grant.declared == ["instantly": ["campaigns:read", "leads:create", "campaigns:update"], "ghl": ["contacts.write"]])
        #expect(grant.allows(service: "instantly", anyOf: ["leads:create", "leads:all"]))
        #expect(grant.allows(service: "instantly", anyOf: ["campaigns:all", "campaigns:update"]))
        #expect(!grant.allows(service: "instantly", anyOf: ["leads:read", "leads:all", "all:read", "all:all"]))
        #expect(ScopeGrant(requirements: []).declared == [:])
    }

    @Test func aDeclaredScopeLetsTheCallThroughAndMarksItsSite() throws {
        let (journal, seen) = (journal(), Seen())
        let error = try run("require ghl \"items:all\"\nlet n = 0\n  ghl.items.list\n", journal: journal, seen: seen)
        #expect(error == nil)
        #expect(seen.sites == [CallSite(file: "job.inst", line: 3, column: 3, command: "ghl.items.list")])
        #expect(seen.warnings == [["ghl.items.list: careful"]])
        #expect(journal.site == nil)
        #expect(journal.grant.declared == ["ghl": ["items:all"]])
    }

    @Test func anUndeclaredScopeIsRefusedBeforeTheCommandRuns() throws {
        let (journal, seen) = (journal(), Seen())
        let error = try #require(try run("require ghl \"items:read\"\nghl.items.list\nghl.items.create\n", journal: journal, seen: seen))
        #expect(error.kind == .policy)
        #expect(error.message == "ghl.items.create needs the scope items:create (or one of items:all, all:create, all:all); the script requires only items:read")
        #expect(error.hint == "add: require ghl \"items:create\"")
        #expect(error.span?.location.line == 3)
        #expect(seen.sites.count == 1)
    }

    @Test func aScriptWithoutRequireMayNotCallTheService() throws {
        let (journal, seen) = (journal(), Seen())
        let error = try #require(try run("print (ghl.format)\nghl.items.list\n", journal: journal, seen: seen))
        #expect(error.kind == .policy)
        #expect(error.message == "ghl.items.list: the script has no 'require ghl' line, so it may not call ghl")
        #expect(error.hint == "add at the top of the script: require ghl \"items:read\"")
        #expect(seen.sites.isEmpty)
    }

    @Test func typedCodeKeepsTheWholeKey() throws {
        let (journal, seen) = (journal(), Seen())
        #expect(try run("ghl.items.list\n", journal: journal, seen: seen, confined: false) == nil)
        #expect(journal.grant == .everything)
        #expect(seen.sites.count == 1)
    }

    @Test func laterPagesOfAListingKeepItsSite() throws {
        let (journal, seen) = (journal(), Seen())
        let code = "require ghl \"items:read\"\nfor n in (ghl.items.pages) {\n  ghl.items.list\n}\n"
        #expect(try run(code, journal: journal, seen: seen) == nil)
        let lines = seen.sites.map { $0.map { "\($0.command):\($0.line)" } ?? "none" }
        #expect(lines == [
            "ghl.items.pages:2", "ghl.items.list:3", "ghl.items.pages:2", "ghl.items.list:3", "ghl.items.pages:2",
        ])
        #expect(journal.site == nil)
    }

    @Test func theSiteIsLeftWhenTheCommandThrows() throws {
        let (journal, seen) = (journal(), Seen())
        let error = try #require(try run("require ghl \"all:all\"\nghl.items.create\n", journal: journal, seen: seen))
        #expect(error.message == "server said no")
        #expect(seen.sites.first??.line == 2)
        #expect(journal.site == nil)
    }

    @Test func warningsOutsideACommandAreNotNoted() throws {
        let (journal, seen) = (journal(), Seen())
        #expect(try run("warn \"just a note\"\n", journal: journal, seen: seen) == nil)
        #expect(journal.warnings.isEmpty)
    }

    @Test func unknownSubjectsAreRefusedAtTheirLine() throws {
        let (journal, seen) = (journal(), Seen())
        let write = try #require(try run("print 1\nrequire write \"out.csv\"\n", journal: journal, seen: seen))
        #expect(write.kind == .policy)
        #expect(write.message.contains("scripts write only under --allow-write"))
        #expect(write.span?.location.line == 2)
        let typo = try #require(try run("require instantyl \"leads:create\"\n", journal: journal, seen: seen))
        #expect(typo.message == "'require instantyl' is not something a script can require (known: instantly, ghl, read)")
    }

    @Test func aConfinedScriptGetsTheDefaultStepBudget() throws {
        let folder = try TemporaryDirectory()
        let confined = ScriptHost(options: .init(baseDirectory: folder.path, output: { _ in }, sandbox: ScriptSandbox(confined: true)))
        _ = try confined.run(try confined.check(SourceFile(name: "a.inst", text: "print 1\n")))
        #expect(confined.interpreter.configuration.limits.maxSteps == ScriptSandbox.defaultStepBudget)
        let capped = ScriptHost(options: .init(
            baseDirectory: folder.path, limits: ExecutionLimits(maxSteps: 50), output: { _ in }, sandbox: ScriptSandbox(confined: true)))
        _ = try capped.run(try capped.check(SourceFile(name: "a.inst", text: "print 1\n")))
        #expect(capped.interpreter.configuration.limits.maxSteps == 50)
        let typed = ScriptHost(options: .init(baseDirectory: folder.path, output: { _ in }))
        _ = try typed.run(try typed.check(SourceFile(name: "a.inst", text: "print 1\n")))
        #expect(typed.interpreter.configuration.limits.maxSteps == nil)
    }
}
