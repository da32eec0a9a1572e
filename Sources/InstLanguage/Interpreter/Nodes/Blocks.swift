/// A `{ … }` argument, compiled: it runs in the frame of the code around it, with `$it` and
/// its own locals in slots of that frame.
final class BlockCode {
    let body: Body
    let itSlot: Int
    /// Where the block's value goes: its last pipeline statement, or `return`.
    let resultSlot: Int
    /// The block's only statement, when it is the expression that gives the block's value
    /// (`{ $it.sent > 0 }`, the usual case): it is run directly, without the value slot.
    let onlyExpression: YieldNode?

    init(body: Body, itSlot: Int, resultSlot: Int) {
        self.body = body
        self.itSlot = itSlot
        self.resultSlot = resultSlot
        if body.statements.count == 1, let yield = body.statements[0] as? YieldNode, yield.slot == resultSlot {
            onlyExpression = yield
        } else {
            onlyExpression = nil
        }
    }
}

/// A block bound to the frame it was created in.
final class BlockClosure: CallableBody {
    let code: BlockCode
    let frame: Frame
    /// The code's body and execution, held directly so a call does not count references to them.
    private let body: Body
    private let execution: Execution
    /// The expression of the code's ``BlockCode/onlyExpression``, which the code keeps alive.
    private let onlyExpression: Unmanaged<ExprNode>?

    init(code: BlockCode, frame: Frame) {
        self.code = code
        self.frame = frame
        body = code.body
        execution = code.body.execution
        onlyExpression = code.onlyExpression.map { Unmanaged.passUnretained($0.expression) }
    }

    override func invoke(_ arguments: [Value], at span: SourceSpan) throws(ScriptError) -> Value {
        try invoke(with: arguments.first ?? .null, at: span)
    }

    override func invoke(with argument: Value, at span: SourceSpan) throws(ScriptError) -> Value {
        do {
            try execution.enterCall(ActiveCalls.Record(procedure: nil, callSite: span))
        } catch {
            throw error.at(span)
        }
        defer { execution.leaveCall() }
        (frame.slots + code.itSlot).replace(with: argument.memoizingStream())
        if let onlyExpression {
            // What running the body would do: one step, and the statement's place on an error.
            do {
                try execution.tick()
                return try onlyExpression.eval(frame)
            } catch {
                throw error.at(code.onlyExpression?.span ?? span)
            }
        }
        let result = frame.slots + code.resultSlot
        result.replace(with: .null)
        _ = try body.run(frame)
        // Moved out, leaving null: the value is not copied.
        defer { result.initialize(to: .null) }
        return result.move()
    }
}

/// `{ … }` in argument position: evaluates to a ``Callable`` holding the current frame.
final class BlockNode: ExprNode {
    let code: BlockCode

    init(_ code: BlockCode, span: SourceSpan) {
        self.code = code
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        frame.isCaptured = true
        return .callable(Callable(name: "block", parameterNames: ["it"], body: BlockClosure(code: code, frame: frame)))
    }
}
