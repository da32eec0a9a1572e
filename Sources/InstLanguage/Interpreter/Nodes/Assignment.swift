/// `let name = value` and `set name = value`. A stream is memoized so the variable can be read again.
final class StoreNode: StmtNode {
    let target: VariableSlot
    let value: ExprNode

    init(_ target: VariableSlot, _ value: ExprNode, span: SourceSpan) {
        self.target = target
        self.value = value
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        target.store(try value.eval(frame).memoizingStream(), in: frame)
        return .next
    }
}

/// `set name = $name + value`, done in place: the current value is moved out of its slot, so a
/// uniquely referenced string, list or map grows without being copied.
final class AddInPlaceNode: StmtNode {
    let target: VariableSlot
    let name: String
    let operand: ExprNode
    private let addendOperand: Operand
    let execution: Execution
    /// The span of `$name + value`, where an error is reported.
    let expressionSpan: SourceSpan

    init(
        _ target: VariableSlot, name: String, adding operand: ExprNode, execution: Execution, expressionSpan: SourceSpan,
        span: SourceSpan
    ) {
        self.target = target
        self.name = name
        self.operand = operand
        addendOperand = Operand(operand)
        self.execution = execution
        self.expressionSpan = expressionSpan
        super.init(span: span)
    }

    override func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        let addend = try addendOperand.eval(frame)
        guard let slot = target.pointer(in: frame) else { throw VariableSlot.unset(name).at(expressionSpan) }
        if case .int(let x) = slot.pointee, case .int(let y) = addend {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow {
                target.store(.int(sum), in: frame)
                return .next
            }
        }
        var current = slot.move()
        slot.initialize(to: .null)
        do {
            if case .stream = current { current = try execution.materialize(current) }
            try Value.addInPlace(&current, try execution.readingStream(addend), caps: execution.caps)
        } catch {
            slot.pointee = current
            throw error.at(expressionSpan)
        }
        target.store(current, in: frame)
        return .next
    }
}
