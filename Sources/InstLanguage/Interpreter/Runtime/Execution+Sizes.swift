extension Execution {
    /// Throws the limit error when a string of `bytes` UTF-8 bytes would be over the cap.
    @inline(__always)
    func checkStringBytes(_ bytes: Int) throws(ScriptError) {
        if bytes > maxStringBytes { try stringTooLong(bytes) }
    }

    /// Throws the limit error when a list or map of `count` elements would be over the cap.
    @inline(__always)
    func checkCollectionCount(_ count: Int) throws(ScriptError) {
        if count > maxCollectionCount { try collectionTooLarge(count) }
    }

    @inline(never)
    private func stringTooLong(_ bytes: Int) throws(ScriptError) {
        throw ScriptError.stringTooLong(bytes: bytes, limit: maxStringBytes)
    }

    @inline(never)
    private func collectionTooLarge(_ count: Int) throws(ScriptError) {
        throw ScriptError.collectionTooLarge(count: count, limit: maxCollectionCount)
    }

    var caps: Value.SizeCaps {
        Value.SizeCaps(maxStringBytes: maxStringBytes, maxCollectionCount: maxCollectionCount)
    }

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
}

extension Execution {
    /// `value`, with a stream (at the top level) read into a list: what operators work on.
    @inline(__always)
    func readingStream(_ value: Value) throws(ScriptError) -> Value {
        if case .stream = value { return try materialize(value) }
        return value
    }
}
