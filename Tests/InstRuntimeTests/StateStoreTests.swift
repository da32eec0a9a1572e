import Foundation
import InstLanguage
import InstRuntime
import InstTestSupport
import Testing

@Suite struct StateStoreTests {
    private func journal(_ mode: AuditMode, script: String? = "/jobs/sync.inst") -> RunJournal {
        RunJournal(runID: "run-1", mode: mode, scriptPath: script, scriptSHA256: script == nil ? nil : "abc")
    }

    private func store(_ mode: AuditMode, in folder: TemporaryDirectory, script: String? = "/jobs/sync.inst") -> StateStore {
        StateStore.forRun(journal(mode, script: script), environment: ["XDG_STATE_HOME": folder.path])
    }

    @Test func liveMarksAreSavedAndSeenByTheNextRun() throws {
        let folder = try TemporaryDirectory()
        let first = store(.live, in: folder)
        #expect(try first.seen("reply-1") == false)
        #expect(try first.mark("reply-1") == true)
        #expect(try first.mark("reply-1") == false)
        #expect(try first.seen("reply-1"))
        let second = store(.live, in: folder)
        #expect(try second.seen("reply-1"))
        #expect(try second.seen("reply-2") == false)
        let file = try #require(second.file)
        #expect(file.hasPrefix(folder.path + "/inst/scripts/"))
        #expect(file.hasSuffix(".json"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(#""script": "/jobs/sync.inst""#))
        #expect(text.contains(#""reply-1""#))
    }

    @Test func dryRunMarksLastForTheRunOnly() throws {
        let folder = try TemporaryDirectory()
        let dry = store(.dryRun, in: folder)
        #expect(try dry.mark("reply-1"))
        #expect(try dry.seen("reply-1"))
        #expect(try store(.dryRun, in: folder).seen("reply-1") == false)
        #expect(try store(.live, in: folder).seen("reply-1") == false)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/inst/scripts"))
    }

    @Test func eachScriptHasItsOwnMarks() throws {
        let folder = try TemporaryDirectory()
        try store(.live, in: folder).mark("k")
        let other = store(.live, in: folder, script: "/jobs/other.inst")
        #expect(try other.seen("k") == false)
        #expect(other.file != store(.live, in: folder).file)
        // The same script named by a relative path elsewhere is a different file; by its path here, the same one.
        #expect(store(.live, in: folder, script: "/jobs/./sync.inst").file == store(.live, in: folder).file)
    }

    @Test func codeWithoutAScriptKeepsMarksInMemory() throws {
        let folder = try TemporaryDirectory()
        let repl = store(.live, in: folder, script: nil)
        #expect(repl.file == nil)
        #expect(try repl.mark("k"))
        #expect(try repl.seen("k"))
        #expect(try store(.live, in: folder, script: nil).seen("k") == false)
    }

    @Test func aDamagedFileIsReportedNotIgnored() throws {
        let folder = try TemporaryDirectory()
        let live = store(.live, in: folder)
        let file = try #require(live.file)
        try folder.write(String(file.dropFirst(folder.path.count + 1)), "not json")
        #expect(throws: ScriptError.self) { try live.seen("k") }
    }

    /// ScriptHost registers the commands; a dry-run journal keeps the marks off the disk.
    @Test func theHostRegistersTheCommands() throws {
        let folder = try TemporaryDirectory()
        var printed: [String] = []
        let host = ScriptHost(options: .init(
            baseDirectory: folder.path, output: { if case .print(let line) = $0 { printed.append(line) } },
            sandbox: ScriptSandbox(journal: journal(.dryRun))))
        let program = try host.check(SourceFile(name: "t.inst", text: """
            print (state.seen 7) (state.mark 7) (state.seen "7") (state.mark "7")
            try { state.mark "" } catch err { print $err.message }
            """))
        _ = try host.run(program)
        #expect(printed == ["false true true false", "state.mark: the key must be a non-empty string or an int"])
    }
}
