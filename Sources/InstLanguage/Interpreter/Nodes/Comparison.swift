/// `<`, `<=`, `>`, `>=`: numbers with numbers, strings with strings.
final class CompareNode: BinaryNode {
    let comparison: Value.Comparison

    init(_ comparison: Value.Comparison, _ lhs: ExprNode, _ rhs: ExprNode, execution: Execution, span: SourceSpan) {
        self.comparison = comparison
        super.init(lhs, rhs, execution: execution, span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        .bool(try test(frame))
    }

    override func test(_ frame: Frame) throws(ScriptError) -> Bool {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b {
            switch comparison {
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            }
        }
        do {
            return try Value.compare(a, b, comparison)
        } catch {
            throw error.at(span)
        }
    }
}

/// `==` and `!=`: structural equality, never an error (streams are read first).
final class EqualityNode: BinaryNode {
    let negated: Bool

    init(negated: Bool, _ lhs: ExprNode, _ rhs: ExprNode, execution: Execution, span: SourceSpan) {
        self.negated = negated
        super.init(lhs, rhs, execution: execution, span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        .bool(try test(frame))
    }

    override func test(_ frame: Frame) throws(ScriptError) -> Bool {
        let a = try left.eval(frame)
        let b = try right.eval(frame)
        if case .int(let x) = a, case .int(let y) = b { return (x == y) != negated }
        if case .string(let x) = a, case .string(let y) = b { return (x == y) != negated }
        return try equal(a, b) != negated
    }

    private func equal(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        do {
            return try execution.materialize(a) == execution.materialize(b)
        } catch {
            throw error.at(span)
        }
    }
}

/// `a in b` and `a not in b`. A stream is read only as far as the element is found.
final class ContainsNode: BinaryNode {
    let negated: Bool

    init(negated: Bool, _ lhs: ExprNode, _ rhs: ExprNode, execution: Execution, span: SourceSpan) {
        self.negated = negated
        super.init(lhs, rhs, execution: execution, span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        .bool(try test(frame))
    }

    override func test(_ frame: Frame) throws(ScriptError) -> Bool {
        let element = try execution.materialize(try lhs.eval(frame))
        let container = try rhs.eval(frame)
        do {
            if case .stream(let stream) = container {
                return try execution.streamContains(stream, element) != negated
            }
            return try Value.contains(container, element) != negated
        } catch {
            throw error.at(span)
        }
    }
}
