extension ScriptError {
    static func stringTooLong(bytes: Int, limit: Int) -> ScriptError {
        .limit(.stringSize, "a string of \(bytes) bytes exceeds the limit of \(limit)")
    }

    static func collectionTooLarge(count: Int, limit: Int) -> ScriptError {
        .limit(.listSize, "a collection of \(count) elements exceeds the limit of \(limit)")
    }
}
