import InstLanguage

extension OperationBinding {
    /// The command that calls the operation: named, documented and typed from the catalog, its
    /// effect the operation's. A call binds and validates its arguments, lets the service review
    /// them (its warnings go to the user), then sends; a list operation returns a lazy stream
    /// of its items, any other the shaped answer.
    public func command(client: APIClient) -> CommandSpec {
        CommandSpec(
            operation.name, summary: operation.summary, discussion: discussion, parameters: parameters,
            effect: Effect(rawValue: operation.effect.rawValue) ?? .write
        ) { arguments, context in
            try self.run(arguments, context: context, client: client)
        }
    }

    private func run(_ arguments: Arguments, context: CommandContext, client: APIClient) throws -> Value {
        var call = try bind(arguments) { stream in try Self.collect(stream, context: context) }
        for warning in try service.review(&call, for: operation) {
            context.emit(.warn("\(operation.name): \(warning)"))
        }
        let interrupts = { try context.checkInterrupts() }
        if let paging {
            return .stream(try stream(call, paging: paging, client: client, interrupts: interrupts))
        }
        let result = try perform(call, client: client, interrupts: interrupts)
        try context.checkInterrupts()
        return result
    }

    /// Every element of a stream given as an argument, within the run's caps.
    private static func collect(_ stream: ValueStream, context: CommandContext) throws -> [Value] {
        var cursor = stream.makeCursor()
        var elements: [Value] = []
        while let element = try cursor.next() {
            elements.append(element)
            try context.checkCount(elements.count)
            if elements.count % 1024 == 0 { try context.checkInterrupts() }
        }
        return elements
    }
}
