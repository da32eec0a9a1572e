/// A half-open range of UTF-8 byte offsets in one ``SourceFile``.
public struct SourceSpan: Sendable {
    /// The file the span points into.
    public let file: SourceFile
    /// First byte covered.
    public var start: Int
    /// One past the last byte covered; equal to `start` for a point.
    public var end: Int

    public init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// The span covering both `self` and `other` (same file assumed).
    public func merged(with other: SourceSpan) -> SourceSpan {
        SourceSpan(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// Where the span starts, as line and column.
    public var location: SourceLocation { file.location(of: start) }

    /// `file:line:col`, the prefix of every diagnostic.
    public var position: String { "\(file.name):\(location)" }

    /// `file:line`, used in plans and audit records.
    public var fileAndLine: String { "\(file.name):\(location.line)" }
}
