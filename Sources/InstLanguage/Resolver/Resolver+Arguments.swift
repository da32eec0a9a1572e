/// Arguments bound to a command's parameters, in evaluation order: the pipeline's input first,
/// then the arguments as written.
struct ArgumentBinding {
    var arguments: [(target: HostCommandNode.Target, value: ExprNode)] = []
}

extension Resolver {
    /// Binds arguments to parameters: `name=value` and `--name` by name (or an alias), then positional
    /// arguments (and blocks) in order to the positional parameters left, the rest to a `rest`
    /// parameter. The pipeline's input takes the first positional place. Reports unknown and
    /// repeated names, too many arguments, and missing required ones (unless an unknown name was
    /// given: it is usually the missing one misspelt).
    func bindArguments(
        _ command: Command, to parameters: [ParameterSpec], input: ExprNode?
    ) -> ArgumentBinding {
        let commandName = command.name.name
        var filled = Array(repeating: false, count: parameters.count)
        var targets: [HostCommandNode.Target?] = Array(repeating: nil, count: command.arguments.count)
        var hasUnknownName = false

        for (position, argument) in command.arguments.enumerated() {
            let name: Identifier
            switch argument {
            case .named(let identifier, _), .flag(let identifier): name = identifier
            case .positional, .block: continue
            }
            if let index = parameters.firstIndex(where: { $0.isNamed(name.name) && $0.kind != .rest }) {
                if filled[index] { error("argument '\(name.name)' is given twice", at: name.span) }
                filled[index] = true
                targets[position] = .parameter(index)
            } else {
                hasUnknownName = true
                unknownArgument(name, of: commandName, parameters: parameters)
            }
        }

        var openPositions = parameters.indices.filter { parameters[$0].kind == .positional && !filled[$0] }[...]
        let restIndex = parameters.firstIndex { $0.kind == .rest }
        var restCount = 0
        func nextTarget() -> HostCommandNode.Target? {
            if let index = openPositions.popFirst() {
                filled[index] = true
                return .parameter(index)
            }
            guard restIndex != nil else { return nil }
            restCount += 1
            return .rest
        }

        var binding = ArgumentBinding()
        if let input {
            if let target = nextTarget() {
                binding.arguments.append((target, input))
            } else {
                error("'\(commandName)' takes no input from a pipeline", at: command.name.span)
            }
        }
        var extraArguments: [SourceSpan] = []
        var reportedExtraBlock = false
        for (position, argument) in command.arguments.enumerated() {
            let value: ExprNode
            switch argument {
            case .positional(let expression):
                value = resolve(expression)
                if targets[position] == nil { targets[position] = nextTarget() }
                if targets[position] == nil { extraArguments.append(expression.span) }
            case .block(let block):
                value = BlockNode(resolveBlockArgument(block), span: block.span)
                if targets[position] == nil { targets[position] = nextTarget() }
                if targets[position] == nil, extraArguments.isEmpty, !reportedExtraBlock {
                    reportedExtraBlock = true
                    error("'\(commandName)' takes no block here", at: block.span, notes: [usage(of: commandName, parameters)])
                }
            case .named(_, let expression):
                value = resolve(expression)
            case .flag(let name):
                value = ConstantNode(.bool(true), span: name.span)
            }
            if let target = targets[position] { binding.arguments.append((target, value)) }
        }

        tooManyArguments(for: command, parameters, extra: extraArguments, hasInput: input != nil)
        let missing = parameters.indices.filter { index in
            parameters[index].isRequired && (parameters[index].kind == .rest ? restCount == 0 : !filled[index])
        }
        for index in missing where !hasUnknownName {
            error("missing argument '\(parameters[index].name)' for '\(commandName)'", at: command.span,
                  notes: [usage(of: commandName, parameters)])
        }
        return binding
    }

    private func unknownArgument(_ name: Identifier, of commandName: String, parameters: [ParameterSpec]) {
        var notes: [String] = []
        if let suggestion = Suggestions.closest(to: name.name, in: parameters.flatMap { [$0.name] + $0.aliases }) {
            notes.append("did you mean '\(suggestion)'?")
        } else if !parameters.isEmpty {
            notes.append("'\(commandName)' takes: \(parameters.map(\.name).joined(separator: ", "))")
        }
        error("unknown argument '\(name.name)' for '\(commandName)'", at: name.span, notes: notes)
    }

    /// A `{ … }` argument: its own scope in the current frame, with `$it` and a value slot.
    /// Loops outside it do not extend into it.
    func resolveBlockArgument(_ block: Block) -> BlockCode {
        function.pushScope()
        let itSlot = function.allocate()
        _ = function.declare("it", slot: itSlot)
        let resultSlot = function.allocate()
        function.blockResultSlots.append(resultSlot)
        let savedLoopDepth = function.loopDepth
        function.loopDepth = 0
        defer {
            function.loopDepth = savedLoopDepth
            function.blockResultSlots.removeLast()
            function.popScope()
        }
        let statements = resolveStatements(block.statements, yieldingInto: resultSlot)
        return BlockCode(body: Body(statements, execution: execution), itSlot: itSlot, resultSlot: resultSlot)
    }
}
