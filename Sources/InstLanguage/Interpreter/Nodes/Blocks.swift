/// A `{ … }` argument, compiled: it runs in the frame of the code around it, with `$it` and
/// its own locals in slots of that frame.
final class BlockCode {
    let body: Body
    let itSlot: Int
    /// Where the block's value goes: its last pipeline statement, or `return`.
    let resultSlot: Int

    init(body: Body, itSlot: Int, resultSlot: Int) {
        self.body = body
        self.itSlot = itSlot
        self.resultSlot = resultSlot
    }
}

/// A block bound to the frame it was created in.
final class BlockClosure: CallableBody {
    let code: BlockCode
    let frame: Frame
    /// The code's body and execution, held directly so a call does not count references to them.
    private let body: Body
    private let execution: Execution

    init(code: BlockCode, frame: Frame) {
        self.code = code
        self.frame = frame
        body = code.body
        execution = code.body.execution
    }

    override func invoke(_ arguments: [Value], at span: SourceSpan) throws(ScriptError) -> Value {
        try invoke(with: arguments.first ?? .null, at: span)
    }

    override func invoke(with argument: Value, at span: SourceSpan) throws(ScriptError) -> Value {
        do {
            try execution.enterCall()
        } catch {
            throw error.at(span)
        }
        defer { execution.leaveCall() }
        (frame.slots + code.itSlot).replace(with: argument.memoizingStream())
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
