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

    /// The size caps, for the operators of `Value+Arithmetic`.
    var caps: Value.SizeCaps {
        Value.SizeCaps(maxStringBytes: maxStringBytes, maxCollectionCount: maxCollectionCount)
    }
}
