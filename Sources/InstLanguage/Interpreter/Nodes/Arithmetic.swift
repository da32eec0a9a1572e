/// A binary operator node: evaluates both sides in order; streams are read into lists before
/// the general path runs.
class BinaryNode: ExprNode {
    let lhs: ExprNode
    let rhs: ExprNode
    let execution: Execution
    /// How `lhs` and `rhs` are read.
    let left: Operand
    let right: Operand

    init(_ lhs: ExprNode, _ rhs: ExprNode, execution: Execution, span: SourceSpan) {
        self.lhs = lhs
        self.rhs = rhs
        self.execution = execution
        left = Operand(lhs)
        right = Operand(rhs)
        super.init(span: span)
    }

    /// Applies `operation` to the operands with streams read, locating any error at this node.
    @inline(never)
    final func general(
        _ a: Value, _ b: Value, _ operation: (Value, Value) throws(ScriptError) -> Value
    ) throws(ScriptError) -> Value {
        do {
            return try operation(try execution.readingStream(a), try execution.readingStream(b))
        } catch {
            throw error.at(span)
        }
    }
}

/// `a + b`: numbers, and joining strings, lists and maps.
final class AddNode: BinaryNode {
    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .int(sum) }
        }
        let caps = execution.caps
        return try general(a, b) { (a, b) throws(ScriptError) in try Value.add(a, b, caps: caps) }
    }
}

/// `a - b`
final class SubtractNode: BinaryNode {
    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b {
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            if !overflow { return .int(difference) }
        }
        return try general(a, b, Value.subtract)
    }
}

/// `a * b`
final class MultiplyNode: BinaryNode {
    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return .int(product) }
        }
        return try general(a, b, Value.multiply)
    }
}

/// `a / b`: integer division (toward zero) for two ints.
final class DivideNode: BinaryNode {
    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b, y != 0, y != -1 {
            return .int(x / y)
        }
        return try general(a, b, Value.divide)
    }
}

/// `a % b`: the remainder has the sign of the dividend.
final class RemainderNode: BinaryNode {
    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b, y != 0, y != -1 {
            return .int(x % y)
        }
        return try general(a, b, Value.remainder)
    }
}

/// `-a`
final class NegateNode: ExprNode {
    let operand: ExprNode

    init(_ operand: ExprNode, span: SourceSpan) {
        self.operand = operand
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        do {
            return try Value.negate(try operand.eval(frame))
        } catch {
            throw error.at(span)
        }
    }
}
