import Foundation
@testable import InstRuntime
import Testing

@Suite struct StdlibTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The embedded copy (Stdlib+Sources.swift) must match stdlib/*.inst: rerun scripts/gen-stdlib.
    @Test func theEmbeddedLibraryMatchesStdlibFolder() throws {
        let folder = Self.packageRoot.appendingPathComponent("stdlib")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".inst") }
        var onDisk: [String: String] = [:]
        for file in files {
            onDisk[String(file.dropLast(5))] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        #expect(!onDisk.isEmpty)
        #expect(Stdlib.modules == onDisk, "stdlib/ changed: run scripts/gen-stdlib")
    }

    @Test func libraryFilesAreNamedUnderStdlib() {
        #expect(Stdlib.fileName(of: "text") == "stdlib/text.inst")
    }
}
