/// `a and b`: short-circuits; a bool by truthiness.
final class AndNode: ExprNode {
    let lhs: ExprNode
    let rhs: ExprNode

    init(_ lhs: ExprNode, _ rhs: ExprNode, span: SourceSpan) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value { .bool(try test(frame)) }

    override func test(_ frame: Frame) throws(ScriptError) -> Bool {
        guard try lhs.test(frame) else { return false }
        return try rhs.test(frame)
    }
}

/// `a or b`: short-circuits; a bool by truthiness.
final class OrNode: ExprNode {
    let lhs: ExprNode
    let rhs: ExprNode

    init(_ lhs: ExprNode, _ rhs: ExprNode, span: SourceSpan) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value { .bool(try test(frame)) }

    override func test(_ frame: Frame) throws(ScriptError) -> Bool {
        if try lhs.test(frame) { return true }
        return try rhs.test(frame)
    }
}

/// `not a`
final class NotNode: ExprNode {
    let operand: ExprNode

    init(_ operand: ExprNode, span: SourceSpan) {
        self.operand = operand
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value { .bool(try test(frame)) }

    override func test(_ frame: Frame) throws(ScriptError) -> Bool {
        try !operand.test(frame)
    }
}

/// `a ?? b`: `a` unless it is null.
final class CoalesceNode: ExprNode {
    let lhs: ExprNode
    let rhs: ExprNode

    init(_ lhs: ExprNode, _ rhs: ExprNode, span: SourceSpan) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let value = try lhs.eval(frame)
        if case .null = value { return try rhs.eval(frame) }
        return value
    }
}
