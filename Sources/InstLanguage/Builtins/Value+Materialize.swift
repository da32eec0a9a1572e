extension Value {
    /// This value with every stream inside it read into a list, so it can be printed, compared or
    /// written as JSON. Values without streams are returned as they are, without copying.
    ///
    /// Reading stops with a limit error when a stream grows past `limits.maxCollectionCount`;
    /// `checkInterrupts` runs every 1024 elements (pass the run's cancellation check).
    /// Reading consumes single-pass streams.
    public func materialized(limits: ExecutionLimits, checkInterrupts: () throws -> Void = {}) throws -> Value {
        try withoutActuallyEscaping(checkInterrupts) { check in
            var reader = Materializer(limits: limits, checkInterrupts: check)
            return try reader.read(self, depth: 0) ?? self
        }
    }
}

extension CommandContext {
    /// `value` with its streams read into lists, within the run's limits (see ``Value/materialized(limits:checkInterrupts:)``).
    public func materialize(_ value: Value) throws -> Value {
        try value.materialized(limits: limits, checkInterrupts: checkInterrupts)
    }
}

private struct Materializer {
    let limits: ExecutionLimits
    let checkInterrupts: () throws -> Void
    private var sinceCheck = 0

    /// Deeper containers are left as they are.
    private static let maxDepth = 512

    init(limits: ExecutionLimits, checkInterrupts: @escaping () throws -> Void) {
        self.limits = limits
        self.checkInterrupts = checkInterrupts
    }

    /// The materialized value, or `nil` when `value` holds no stream.
    mutating func read(_ value: Value, depth: Int) throws -> Value? {
        guard depth < Self.maxDepth else { return nil }
        switch value {
        case .stream(let stream):
            var reader = SequenceReader(.stream(stream))
            var elements: [Value] = []
            while let element = try reader?.next() {
                try tick()
                if elements.count >= limits.maxCollectionCount {
                    throw ScriptError.limit(.listSize, "list of more than \(limits.maxCollectionCount) elements exceeds the limit")
                }
                elements.append(try read(element, depth: depth + 1) ?? element)
            }
            return .list(elements)
        case .list(let elements):
            return try readElements(elements, depth: depth).map(Value.list)
        case .map(let map):
            guard let values = try readElements(map.values, depth: depth) else { return nil }
            return .map(ValueMap(Array(zip(map.keys, values))))
        default:
            return nil
        }
    }

    /// The elements with streams read, or `nil` when none held a stream (no copy is made then).
    private mutating func readElements(_ elements: [Value], depth: Int) throws -> [Value]? {
        var changed: [Value]? = nil
        for (position, element) in elements.enumerated() {
            if let read = try read(element, depth: depth + 1) {
                if changed == nil { changed = elements }
                changed?[position] = read
            }
        }
        return changed
    }

    private mutating func tick() throws {
        sinceCheck += 1
        if sinceCheck >= CommandContext.interruptInterval {
            sinceCheck = 0
            try checkInterrupts()
        }
    }
}
