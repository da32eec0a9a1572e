/// Reads the elements of any value that holds a sequence: a list, a stream (pulled lazily,
/// one element per ``next()``), or a map, whose entries come out as `{key: k, value: v}`
/// maps, as `for` sees them.
///
/// Every built-in that takes "a list" reads it through this type, so they all accept the same values.
struct SequenceReader {
    private enum Source {
        case list([Value])
        case stream
        case entries(ValueMap)
    }

    private let source: Source
    /// Reads the stream, when the source is one (kept apart so reading changes it in place).
    private var cursor: ValueStream.Cursor?
    private var position = 0

    /// A reader over `value`, or `nil` if it is not a list, stream or map.
    init?(_ value: Value) {
        switch value {
        case .list(let elements): source = .list(elements)
        case .stream(let stream):
            source = .stream
            cursor = stream.makeCursor()
        case .map(let map): source = .entries(map)
        default: return nil
        }
    }

    /// A reader over the elements of a list.
    init(elements: [Value]) {
        source = .list(elements)
    }

    /// Whether the elements come from a stream: lazy stages then return a stream too.
    var isStream: Bool {
        if case .stream = source { return true }
        return false
    }

    /// The next element, or `nil` at the end. Reading a stream may throw (an API page failed).
    mutating func next() throws -> Value? {
        switch source {
        case .list(let elements):
            guard position < elements.count else { return nil }
            position &+= 1
            return elements[position &- 1]
        case .entries(let map):
            guard position < map.count else { return nil }
            position &+= 1
            return ["key": .string(map.keys[position &- 1]), "value": map.value(at: position &- 1)]
        case .stream:
            do {
                return try cursor?.next() ?? nil
            } catch let error as ValueStream.StreamError {
                throw ScriptError.runtime(error.description)
            }
        }
    }
}

extension ValueStream {
    /// Reads the remaining elements into an array, with no limits; built-ins use
    /// ``CommandContext/collect(_:)`` instead, which enforces the run's caps.
    func readAll() throws -> [Value] {
        var reader = SequenceReader(.stream(self))
        var elements: [Value] = []
        while let element = try reader?.next() { elements.append(element) }
        return elements
    }
}

extension CommandContext {
    /// How many elements pass between checks for cancellation, deadline and step budget.
    static let interruptInterval = 1024

    /// Calls `body` with each element, checking for interrupts as it goes; `body` returns
    /// `false` to stop early (a stream is then not read further).
    func forEach(_ reader: inout SequenceReader, _ body: (Value) throws -> Bool) throws {
        var sinceCheck = 0
        while let element = try reader.next() {
            sinceCheck += 1
            if sinceCheck == Self.interruptInterval {
                sinceCheck = 0
                try checkInterrupts()
            }
            guard try body(element) else { return }
        }
    }

    /// Reads every element into an array, within the collection cap.
    func collect(_ reader: inout SequenceReader) throws -> [Value] {
        var elements: [Value] = []
        try forEach(&reader) { element in
            elements.append(element)
            try checkCount(elements.count)
            return true
        }
        return elements
    }
}
