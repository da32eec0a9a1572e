/// A pipeline or expression as a statement. A fresh stream it produces is read to its end, so
/// `cmd | each { … }` runs even though nothing uses its value.
final class EvaluateNode: StmtNode {
    let expression: ExprNode
    let execution: Execution

    init(_ expression: ExprNode, execution: Execution, span: SourceSpan) {
        self.expression = expression
        self.execution = execution
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        if case .stream(let stream) = try expression.eval(frame), !stream.isMemoized {
            try execution.drain(stream)
        }
        return .next
    }
}

/// The last statement of a block or of a REPL entry, when it is a pipeline: its value is the
/// block's (or the entry's) value, kept in a hidden slot.
final class YieldNode: StmtNode {
    let expression: ExprNode
    let slot: Int

    init(_ expression: ExprNode, slot: Int, span: SourceSpan) {
        self.expression = expression
        self.slot = slot
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        (frame.slots + slot).replace(with: try expression.eval(frame))
        return .next
    }
}

/// `return [value]`: from a procedure (into the frame's result), from a block (into its value
/// slot), or from a file's top level (ending it).
final class ReturnNode: StmtNode {
    let value: ExprNode
    private let valueOperand: Operand
    /// The block's value slot; `nil` returns from the procedure or file.
    let blockSlot: Int?

    init(_ value: ExprNode, blockSlot: Int?, span: SourceSpan) {
        self.value = value
        valueOperand = Operand(value)
        self.blockSlot = blockSlot
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        let result = try valueOperand.eval(frame)
        if let blockSlot {
            (frame.slots + blockSlot).replace(with: result)
        } else {
            frame.result = result
        }
        return .returned
    }
}

/// `break` or `continue`.
final class LoopJumpNode: StmtNode {
    let flow: Flow

    init(_ flow: Flow, span: SourceSpan) {
        self.flow = flow
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow { flow }
}
