/// A lazy list: elements are pulled from a source as a pipeline or loop consumes them.
///
/// Commands that list API resources return streams, so `… | first` fetches one page.
/// A fresh stream is read once, by the pipeline stage or loop it flows into. Binding it to a
/// variable (`let xs = (cmd)`) makes it *memoized*: elements are still pulled lazily, but
/// kept, so `$xs` can be read again from the start.
public final class ValueStream: @unchecked Sendable {
    public typealias Source = () throws -> Value?

    private var source: Source?
    private var buffer: [Value] = []
    private let memoizing: Bool
    private var consumed = false

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
        var iterator = elements.makeIterator()
        self.init({ iterator.next() })
    }

    public var isMemoized: Bool { memoizing }

    /// A stream that can be read many times, pulling from this one lazily.
    /// Returns `self` if it is already memoized.
    public func memoized() -> ValueStream {
        if memoizing { return self }
        return ValueStream(memoizing: makeCursor())
    }

    /// Starts reading from the beginning. A single-pass stream can hand out one cursor only;
    /// a second one throws when read.
    public func makeCursor() -> Cursor {
        if memoizing { return Cursor(stream: self, position: 0) }
        defer { consumed = true }
        return Cursor(stream: self, position: consumed ? -1 : 0)
    }

    fileprivate func element(at position: Int) throws -> Value? {
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
        public mutating func next() throws -> Value? {
            let value = try stream.element(at: position)
            if value != nil, position >= 0 { position += 1 }
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

extension ValueStream.Cursor {
    /// Holds a cursor so an escaping closure can advance it.
    fileprivate final class Box {
        var cursor: ValueStream.Cursor
        init(_ cursor: ValueStream.Cursor) { self.cursor = cursor }
    }
}

extension ValueStream {
    fileprivate convenience init(memoizing cursor: ValueStream.Cursor) {
        let box = Cursor.Box(cursor)
        self.init(memoizing: { try box.cursor.next() })
    }
}
