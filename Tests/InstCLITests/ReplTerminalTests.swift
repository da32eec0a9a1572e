import Foundation
import InstTestSupport
import Testing

/// The interactive REPL under a pseudo-terminal (tmux): history across sessions, Ctrl-R,
/// tab completion, the continuation prompt and Ctrl-C.
@Suite(.enabled(if: TerminalSession.tmux != nil), .serialized)
struct ReplTerminalTests {
    private func session(state: TemporaryDirectory) throws -> TerminalSession {
        let terminal = try TerminalSession(environment: [
            "XDG_STATE_HOME": state.path, "HOME": state.path, "NO_COLOR": "1", "TERM": "xterm",
        ])
        try terminal.waitForPrompt(number: 1)
        return terminal
    }

    @Test func historyIsKeptAcrossSessionsPrivateAndSearchable() throws {
        let state = try TemporaryDirectory()
        let first = try session(state: state)
        try first.type("let greeting = \"hi\"")
        try first.press("Enter")
        try first.waitForPrompt(number: 2)
        try first.type("print $greeting")
        try first.press("Enter")
        try first.waitForPrompt(number: 3)
        try first.press("C-d")
        try first.waitForExit()

        let history = state.path + "/inst/history"
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let second = try session(state: state)
        try second.press("Up")
        try second.waitFor("the last entry recalled") { $0.last == "inst[dry-run·sim]> print $greeting" }
        try second.press("C-u", "C-r")
        try second.type("let gr")
        try second.waitFor("Ctrl-R to find the let") { $0.contains { $0.contains("let greeting = \"hi\"") } }
        try second.press("Enter")
        try second.waitForPrompt(number: 2)
        try second.type("print $greeting")
        try second.press("Enter")
        try second.waitFor("the recalled let to have run") { $0.suffix(2) == ["hi", "inst[dry-run·sim]>"] }
    }

    @Test func tabCompletesCommandsNamespacesArgumentsAndVariables() throws {
        let state = try TemporaryDirectory()
        let terminal = try session(state: state)
        try terminal.type("let greeting = \"hi\"")
        try terminal.press("Enter")
        try terminal.waitForPrompt(number: 2)

        try terminal.type("pri")
        try terminal.press("Tab")
        try terminal.waitFor("print completed") { $0.last == "inst[dry-run·sim]> print" }
        try terminal.type("$gre")
        try terminal.press("Tab")
        try terminal.waitFor("the variable completed") { $0.last == "inst[dry-run·sim]> print $greeting" }
        try terminal.press("Enter")
        try terminal.waitForPrompt(number: 3)

        try terminal.type("js")
        try terminal.press("Tab")
        try terminal.waitFor("the namespace completed") { $0.last == "inst[dry-run·sim]> json." }
        try terminal.press("Tab")
        try terminal.waitFor("the namespace's commands listed") { $0.contains("json.format  json.parse") }
        try terminal.press("C-u")
        try terminal.type("csv.read pa")
        try terminal.press("Tab")
        try terminal.waitFor("the named argument completed") { $0.last == "inst[dry-run·sim]> csv.read path=" }
    }

    @Test func openEntriesContinueOnAContinuationPrompt() throws {
        let state = try TemporaryDirectory()
        let terminal = try session(state: state)
        try terminal.type("if true {")
        try terminal.press("Enter")
        try terminal.waitFor("the continuation prompt") { $0.last == "...>" }
        try terminal.type("print \"inside\"")
        try terminal.press("Enter")
        try terminal.waitFor("a second continuation prompt") { $0.filter { $0.hasPrefix("...>") }.count == 2 && $0.last == "...>" }
        try terminal.type("}")
        try terminal.press("Enter")
        try terminal.waitFor("the block to run") { $0.suffix(2) == ["inside", "inst[dry-run·sim]>"] }
    }

    @Test func ctrlCDropsTheLineAtThePromptAndStopsAnEvaluation() throws {
        let state = try TemporaryDirectory()
        let terminal = try session(state: state)
        try terminal.type("print \"never\"")
        try terminal.press("C-c")
        try terminal.waitForPrompt(number: 2)
        #expect(try terminal.screen().contains("inst[dry-run·sim]> print \"never\"^C"))

        try terminal.type("print \"looping\"; while true { }")
        try terminal.press("Enter")
        try terminal.waitFor("the loop to start") { $0.last == "looping" }
        try terminal.press("C-c")
        try terminal.waitForPrompt(number: 3)
        #expect(try terminal.screen().contains { $0.hasPrefix("interrupted at <repl:") })
        try terminal.press("C-d")
        try terminal.waitForExit()
    }
}
