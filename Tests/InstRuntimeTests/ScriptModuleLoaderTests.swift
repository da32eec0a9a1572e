import InstTestSupport
import InstLanguage
@testable import InstRuntime
import Testing

@Suite struct ScriptModuleLoaderTests {
    private func span(_ file: SourceFile) -> SourceSpan { SourceSpan(file: file, start: 0, end: 0) }

    private func library(_ name: String) -> ModuleReference {
        let file = SourceFile(name: "x", text: name)
        return .library(Identifier(name, span: span(file)))
    }

    private func file(_ path: String) -> ModuleReference {
        .file(path: path, span: span(SourceFile(name: "x", text: "")))
    }

    @Test func loadsLibraryModulesByName() throws {
        let loader = ScriptModuleLoader(root: "/", library: ["text": "proc a() {}\n"])
        let source = try loader.load(library("text"), from: SourceFile(name: "<repl:1>", text: ""))
        #expect(source.name == "stdlib/text.inst")
        #expect(source.text == "proc a() {}\n")
    }

    @Test func anUnknownLibraryModuleNamesTheKnownOnes() {
        let loader = ScriptModuleLoader(root: "/", library: ["text": "", "lifecycle": ""])
        #expect {
            try loader.load(library("nope"), from: SourceFile(name: "-c", text: ""))
        } throws: { error in
            let error = error as? ScriptError
            return error?.message == "no standard library module named 'nope'" && error?.hint == "the modules are: lifecycle, text"
        }
    }

    @Test func loadsFilesBesideTheImporter() throws {
        let root = try TemporaryDirectory()
        let script = try root.write("jobs/run.inst", "use \"./lib/helpers.inst\"\n")
        try root.write("jobs/lib/helpers.inst", "proc help() {}\n")
        try root.write("jobs/lib/more.inst", "proc more() {}\n")
        let loader = ScriptModuleLoader(root: root.path + "/jobs", workingDirectory: root.path)
        let helpers = try loader.load(file("./lib/helpers.inst"), from: SourceFile(name: script, text: ""))
        #expect(helpers.name == root.path + "/jobs/lib/helpers.inst")
        #expect(helpers.text == "proc help() {}\n")
        // A module's own `use` resolves beside the module.
        let more = try loader.load(file("./more.inst"), from: helpers)
        #expect(more.text == "proc more() {}\n")
    }

    @Test(arguments: ["../outside.inst", "./lib/../../outside.inst", "escape.inst", "/etc/hostname"])
    func refusesFilesOutsideTheScriptFolder(path: String) throws {
        let root = try TemporaryDirectory()
        let script = try root.write("jobs/run.inst", "")
        try root.write("outside.inst", "proc x() {}\n")
        try root.link("jobs/escape.inst", to: root.path + "/outside.inst")
        let loader = ScriptModuleLoader(root: root.path + "/jobs")
        #expect {
            try loader.load(file(path), from: SourceFile(name: script, text: ""))
        } throws: { error in
            (error as? ScriptError)?.kind == .policy
        }
    }

    @Test func aLibraryModuleCannotUseFiles() throws {
        let loader = ScriptModuleLoader(root: "/", library: ["text": "use \"./x.inst\"\n"])
        let text = try loader.load(library("text"), from: SourceFile(name: "-c", text: ""))
        #expect(throws: ScriptError.self) { try loader.load(file("./x.inst"), from: text) }
    }

    @Test func aMissingFileIsAnError() throws {
        let root = try TemporaryDirectory()
        let loader = ScriptModuleLoader(root: root.path, workingDirectory: root.path)
        #expect {
            try loader.load(file("./missing.inst"), from: SourceFile(name: "-c", text: ""))
        } throws: { error in
            (error as? ScriptError)?.message.contains("cannot read") == true
        }
    }
}
