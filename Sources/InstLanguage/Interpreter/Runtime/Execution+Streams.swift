/// Reading streams as the evaluator does: lazily, one element at a time, checking for interrupts.
extension Execution {
    /// `value` with its streams read into lists, within the caps, checking for interrupts.
    func materialize(_ value: Value) throws(ScriptError) -> Value {
        switch value {
        case .list, .map, .stream: break
        default: return value
        }
        do {
            return try value.materialized(limits: limits) { () throws(ScriptError) in try checkClockAndCancellation() }
        } catch {
            throw ScriptError.wrapping(error)
        }
    }

    /// `value`, with a stream (at the top level) read into a list: what operators work on.
    @inline(__always)
    func readingStream(_ value: Value) throws(ScriptError) -> Value {
        if case .stream = value { return try materialize(value) }
        return value
    }

    /// The next element of a stream, or `nil` at its end; a failure reading it (an API page) is
    /// a script error.
    @inline(__always)
    func next(from cursor: inout ValueStream.Cursor) throws(ScriptError) -> Value? {
        do {
            return try cursor.next()
        } catch {
            throw ScriptError.wrapping(error)
        }
    }

    /// Calls `body` with each element until it returns `false` or the stream ends.
    func forEach(in stream: ValueStream, _ body: (Value) throws(ScriptError) -> Bool) throws(ScriptError) {
        var cursor = stream.makeCursor()
        var sinceCheck = 0
        while let element = try next(from: &cursor) {
            sinceCheck &+= 1
            if sinceCheck == Self.checkInterval {
                sinceCheck = 0
                try checkClockAndCancellation()
            }
            guard try body(element) else { return }
        }
    }

    /// Reads a stream to its end without keeping the elements: a pipeline statement whose
    /// result nobody uses still runs (`cmd | each { … }`).
    func drain(_ stream: ValueStream) throws(ScriptError) {
        try forEach(in: stream) { _ in true }
    }

    /// Whether the stream holds `element`, reading only as far as needed.
    func streamContains(_ stream: ValueStream, _ element: Value) throws(ScriptError) -> Bool {
        var found = false
        try forEach(in: stream) { candidate in
            found = candidate == element
            return !found
        }
        return found
    }

    /// The element at a non-negative index, reading only that far; a negative index reads all.
    func streamElement(_ stream: ValueStream, at index: Value) throws(ScriptError) -> Value {
        guard case .int(let position) = index, position >= 0 else {
            return try Value.element(of: materialize(.stream(stream)), at: index)
        }
        var seen = 0
        var result: Value?
        try forEach(in: stream) { element in
            if seen == position { result = element }
            seen += 1
            return result == nil
        }
        guard let result else {
            throw ScriptError.runtime("index \(position) is out of range for \(seen) element\(seen == 1 ? "" : "s")")
        }
        return result
    }
}
