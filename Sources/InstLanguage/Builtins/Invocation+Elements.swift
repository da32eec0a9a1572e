extension Invocation {
    /// Applies `transform` to each element of the `list` argument, dropping those it returns
    /// `nil` for. A stream gives a lazy stream, pulled as the next stage reads it (so
    /// `… | where { … } | first` stops early); a list or map gives a list.
    func transformElements(_ transform: @escaping (Value) throws -> Value?) throws -> Value {
        var reader = try sequence("list")
        if reader.isStream {
            let pending = StreamState(reader)
            return .stream(ValueStream {
                while let element = try pending.value.next() {
                    if let result = try transform(element) { return result }
                }
                return nil
            })
        }
        var results: [Value] = []
        try context.forEach(&reader) { element in
            if let result = try transform(element) { results.append(result) }
            return true
        }
        return .list(results)
    }

    /// The `key` of every element, in order (each block call or field read happens once).
    func keys(_ key: RowKey?, of elements: [Value]) throws -> [Value] {
        guard key != nil else { return elements }
        var keys: [Value] = []
        keys.reserveCapacity(elements.count)
        var reader = SequenceReader(elements: elements)
        try context.forEach(&reader) { element in
            keys.append(try self.key(key, of: element))
            return true
        }
        return keys
    }
}
