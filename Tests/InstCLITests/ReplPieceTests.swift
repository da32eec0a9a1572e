import InstLanguage
import InstRuntime
@testable import InstCLI
import Testing

@Suite struct ReplPieceTests {
    @Test func promptNamesModeAndBackend() {
        #expect(ReplPrompt(mode: "dry-run", backend: "sim").primary == "inst[dry-run·sim]> ")
        #expect(ReplPrompt(mode: "live", backend: "http").primary == "inst[LIVE·http]> ")
        #expect(ReplPrompt.continuation == "...> ")
    }

    @Test func replCommands() {
        #expect(ReplEntryCommand("exit") == .exit)
        #expect(ReplEntryCommand("  help  ") == .help(nil))
        #expect(ReplEntryCommand("help csv.read") == .help("csv.read"))
        #expect(ReplEntryCommand("help a b") == nil)
        #expect(ReplEntryCommand("print exit") == nil)
        #expect(ReplEntryCommand("exit 1") == nil)
        #expect(ReplEntryCommand(" live ") == .live)
        #expect(ReplEntryCommand("dry-run") == .dryRun)
        #expect(ReplEntryCommand("live now") == nil)
    }

    @Test func historyFollowsXDGStateHome() {
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/inst/history")
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/inst/history")
        #expect(HistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/inst/history")
        #expect(HistoryFile.path(environment: [:]) == nil)
    }

    @Test func plainEditorReadsLinesUntilTheEnd() {
        var lines = ["print 1", "exit"]
        let editor = PlainLineEditor { lines.isEmpty ? nil : lines.removeFirst() }
        #expect(!editor.isInteractive)
        #expect(editor.readLine(prompt: "inst> ") == .line("print 1"))
        #expect(editor.readLine(prompt: "inst> ") == .line("exit"))
        #expect(editor.readLine(prompt: "inst> ") == .end)
    }

    @Test func exitStatusForErrors() {
        #expect(ExitStatus(for: ScriptError.runtime("x")) == .scriptError)
        #expect(ExitStatus(for: ScriptError.failure("x", payload: .null)) == .scriptError)
        #expect(ExitStatus(for: ScriptError.policy("x")) == .refused)
        #expect(ExitStatus(for: ScriptError.limit(.steps, "x")) == .refused)
        #expect(ExitStatus(for: ScriptError(kind: .cancelled, message: "x")) == .interrupted)
        #expect(ExitStatus(for: HostError.badVariable("x")) == .usage)
    }
}
