/// A call of a `proc`, its arguments bound to parameter slots at check time.
///
/// Arguments (the pipeline's input first) are evaluated in source order in the caller's frame,
/// straight into the callee's frame; parameters not given take their defaults, evaluated in
/// the callee's frame.
final class ProcedureCallNode: ExprNode {
    let procedure: Procedure
    /// The parameter each argument binds to.
    private let parameters: [Int]
    /// Keeps the argument nodes alive.
    private let values: [ExprNode]
    private let operands: [Operand]
    /// Whether parameter `i` is given by the call.
    private let given: [Bool]
    private let needsDefaults: Bool

    init(_ procedure: Procedure, arguments: [(parameter: Int, value: ExprNode)], span: SourceSpan) {
        self.procedure = procedure
        parameters = arguments.map(\.parameter)
        values = arguments.map(\.value)
        operands = values.map(Operand.init)
        var given = Array(repeating: false, count: procedure.parameterNames.count)
        for argument in arguments { given[argument.parameter] = true }
        self.given = given
        needsDefaults = given.contains(false)
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let callee = procedure.acquireFrame()
        for index in parameters.indices {
            (callee.slots + parameters[index]).replace(with: try operands[index].eval(frame).memoizingStream())
        }
        if needsDefaults {
            do {
                try procedure.bindDefaults(in: callee) { given[$0] }
            } catch {
                throw error.at(span)
            }
        }
        return try procedure.run(in: callee, callSite: span)
    }
}

/// A call of a built-in or host command: arguments bound to its ``ParameterSpec``s at check time.
final class HostCommandNode: ExprNode {
    enum Target {
        case parameter(Int)
        /// Appended to the `rest` parameter's list.
        case rest
    }

    let name: String
    let parameters: [ParameterSpec]
    let run: CommandSpec.Implementation
    /// Where each argument (the pipeline's input first) goes.
    private let targets: [Target]
    private let values: UnmanagedNodes<ExprNode>
    private let restIndex: Int?
    private let execution: Execution

    init(_ spec: CommandSpec, arguments: [(target: Target, value: ExprNode)], execution: Execution, span: SourceSpan) {
        self.name = spec.name
        self.parameters = spec.parameters
        self.run = spec.run
        targets = arguments.map(\.target)
        values = UnmanagedNodes(arguments.map(\.value))
        restIndex = spec.parameters.firstIndex { $0.kind == .rest }
        self.execution = execution
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var values = [Value?](repeating: nil, count: parameters.count)
        var rest: [Value] = []
        for index in targets.indices {
            let value = try self.values.references[index].eval(frame)
            switch targets[index] {
            case .parameter(let parameter): values[parameter] = value
            case .rest: rest.append(value)
            }
        }
        if let restIndex { values[restIndex] = .list(rest) }
        let context = CommandContext(span: span, execution: execution)
        do {
            return try run(Arguments(parameters: parameters, values: values), context)
        } catch {
            throw ScriptError.wrapping(error).at(span)
        }
    }
}
