import InstTestSupport
import InstLanguage
@testable import InstRuntime
import Testing

/// A script folder `jobs/` beside a private folder `private/`, with links from one into the other.
private func sandbox() throws -> TemporaryDirectory {
    let root = try TemporaryDirectory()
    try root.write("jobs/leads.csv", "email\n")
    try root.write("jobs/data/more.csv", "email\n")
    try root.write("private/secret.csv", "key\n")
    try root.link("jobs/secret-link.csv", to: root.path + "/private/secret.csv")
    try root.link("jobs/private-folder", to: root.path + "/private")
    try root.link("jobs/inner-link.csv", to: root.path + "/jobs/leads.csv")
    return root
}

private func refusal(_ body: () throws -> Void) -> ScriptError? {
    do {
        try body()
        return nil
    } catch let error as ScriptError {
        return error
    } catch {
        return nil
    }
}

@Suite struct FilePolicyTests {
    @Test func readsInsideTheScriptFolder() throws {
        let root = try sandbox()
        let policy = FilePolicy(baseDirectory: root.path + "/jobs")
        #expect(try policy.readablePath("leads.csv", for: "csv.read") == root.path + "/jobs/leads.csv")
        #expect(try policy.readablePath("./data/../data/more.csv", for: "csv.read") == root.path + "/jobs/data/more.csv")
        #expect(try policy.readablePath(root.path + "/jobs/leads.csv", for: "csv.read") == root.path + "/jobs/leads.csv")
        #expect(try policy.readablePath("inner-link.csv", for: "csv.read") == root.path + "/jobs/leads.csv")
    }

    @Test(arguments: ["../private/secret.csv", "data/../../private/secret.csv", "secret-link.csv", "private-folder/secret.csv", "/etc/passwd"])
    func refusesPathsThatLeaveTheFolder(path: String) throws {
        let root = try sandbox()
        let policy = FilePolicy(baseDirectory: root.path + "/jobs")
        let error = refusal { _ = try policy.readablePath(path, for: "csv.read") }
        #expect(error?.kind == .policy)
        #expect(error?.message.contains("csv.read: reading '\(path)'") == true)
        #expect(error?.hint?.hasPrefix("grant it with --allow-read /") == true)
        #expect(error?.isCatchable == false)
    }

    @Test func allowReadGrantsAFolderOrAFile() throws {
        let root = try sandbox()
        let folder = FilePolicy(baseDirectory: root.path + "/jobs", allowRead: ["private"], workingDirectory: root.path)
        #expect(try folder.readablePath("secret-link.csv", for: "csv.read") == root.path + "/private/secret.csv")
        let file = FilePolicy(baseDirectory: root.path + "/jobs", allowRead: [root.path + "/private/secret.csv"])
        #expect(try file.readablePath("../private/secret.csv", for: "csv.read") == root.path + "/private/secret.csv")
        #expect(refusal { _ = try file.readablePath("../private/other.csv", for: "csv.read") }?.kind == .policy)
    }

    @Test func aFolderWhoseNameExtendsTheRootIsOutside() throws {
        let root = try TemporaryDirectory()
        try root.write("jobs/a.csv", "x\n")
        try root.write("jobs-old/a.csv", "x\n")
        let policy = FilePolicy(baseDirectory: root.path + "/jobs")
        #expect(refusal { _ = try policy.readablePath("../jobs-old/a.csv", for: "csv.read") }?.kind == .policy)
    }
}

@Suite struct FilePathTests {
    @Test func normalizesLexically() {
        #expect(FilePath.normalized("./a/../b.inst") == "b.inst")
        #expect(FilePath.normalized("../x/./y") == "../x/y")
        #expect(FilePath.normalized("/../etc//passwd") == "/etc/passwd")
        #expect(FilePath.normalized("a/..") == ".")
    }

    @Test func resolvesMissingTailsAgainstTheRealPrefix() throws {
        let root = try TemporaryDirectory()
        try root.makeDirectory("real")
        try root.link("alias", to: root.path + "/real")
        #expect(FilePath.resolve("alias/new/file.csv", relativeTo: root.path) == root.path + "/real/new/file.csv")
        #expect(FilePath.resolve("missing/../../x", relativeTo: root.path + "/real") == root.path + "/x")
    }

    @Test func splitsNames() {
        #expect(FilePath.directory(of: "jobs/run.inst") == "jobs")
        #expect(FilePath.directory(of: "run.inst") == ".")
        #expect(FilePath.directory(of: "/run.inst") == "/")
        #expect(FilePath.stem(of: "./lib/helpers.inst") == "helpers")
        #expect(FilePath.isInside("/a/b/c", root: "/a/b"))
        #expect(!FilePath.isInside("/a/bc", root: "/a/b"))
        #expect(FilePath.isInside("/anything", root: "/"))
    }
}
