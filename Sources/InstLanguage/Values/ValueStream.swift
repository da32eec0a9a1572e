/// A lazy list: elements are pulled from a source as a pipeline or loop consumes them.
///
/// Commands that list API resources return streams, so `… | first` fetches one page.
/// A fresh stream is read once, by the pipeline stage or loop it flows into. Binding it to a
/// variable (`let xs = (cmd)`) makes it *memoized*: elements are still pulled lazily, but
/// kept, so `$xs` can be read again from the start.
///
/// Streams are confined to the interpreter's thread, so their state skips Swift's dynamic
/// exclusivity checks (which would otherwise run on every element).
public final class ValueStream: @unchecked Sendable {
    public typealias Source = () throws -> Value?

    @exclusivity(unchecked) private var source: Source?
    /// The elements pulled so far, when memoizing.
    @exclusivity(unchecked) private var buffer: [Value] = []
    private let memoizing: Bool
    /// Whether a single-pass stream has handed out its cursor (or its source).
    @exclusivity(unchecked) private var consumed = false

    /// A single-pass stream over `source`, which returns `nil` at the end.
    public init(_ source: @escaping Source) {
        self.source = source
        self.memoizing = false
    }

    private init(memoizing source: @escaping Source) {
        self.source = source
        self.memoizing = true
    }

    /// A single-pass stream over elements already in memory.
    public convenience init<S: Sequence>(elements: S) where S.Element == Value {
        let iterator = StreamState(elements.makeIterator())
        self.init({ iterator.value.next() })
    }

    public var isMemoized: Bool { memoizing }

    /// A stream that can be read many times, pulling from this one lazily.
    /// Returns `self` if it is already memoized.
    public func memoized() -> ValueStream {
        if memoizing { return self }
        if !consumed, let source {
            // Nobody has read this stream: the memoized one takes its source over directly.
            consumed = true
            self.source = nil
            return ValueStream(memoizing: source)
        }
        let cursor = StreamState(makeCursor())
        return ValueStream(memoizing: { try cursor.value.next() })
    }

    /// Starts reading from the beginning. A single-pass stream can hand out one cursor only;
    /// a second one throws when read.
    public func makeCursor() -> Cursor {
        if memoizing { return Cursor(stream: self, position: 0) }
        defer { consumed = true }
        return Cursor(stream: self, position: consumed ? -1 : 0)
    }

    @inline(__always)
    fileprivate func element(at position: Int) throws -> Value? {
        if memoizing, position < buffer.count { return buffer[position] }
        return try pull(at: position)
    }

    /// The element at `position` when it has not been pulled yet (or the next one, single-pass).
    private func pull(at position: Int) throws -> Value? {
        if memoizing {
            while position >= buffer.count {
                guard let next = try source?() else {
                    source = nil
                    return nil
                }
                buffer.append(next)
            }
            return buffer[position]
        }
        guard position >= 0 else { throw StreamError.alreadyConsumed }
        guard let next = try source?() else {
            source = nil
            return nil
        }
        return next
    }

    /// Reads one element position after another.
    public struct Cursor {
        fileprivate let stream: ValueStream
        fileprivate var position: Int

        /// The next element, or `nil` at the end.
        @inline(__always)
        public mutating func next() throws -> Value? {
            let value = try stream.element(at: position)
            if value != nil, position >= 0 { position &+= 1 }
            return value
        }
    }

    public enum StreamError: Error, CustomStringConvertible {
        case alreadyConsumed

        public var description: String {
            "this list was already read; bind it with `let` to read it again"
        }
    }
}
