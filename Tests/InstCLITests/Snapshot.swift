import Foundation
import Testing

/// Compares text with a file in `Snapshots/`. Run with `INST_RECORD_SNAPSHOTS=1` to (re)write them.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func expect(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["INST_RECORD_SNAPSHOTS"] != nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with INST_RECORD_SNAPSHOTS=1:\n\(text)", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "snapshot \(name).txt differs", sourceLocation: sourceLocation)
    }
}
