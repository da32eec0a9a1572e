/// The lowered, slot-based program the evaluator runs.
///
/// The resolver turns the syntax tree into a tree of final node classes: every variable is a
/// frame or global slot, every command a bound call, every operator a node with an int fast path.
/// Control flow is a returned ``Flow``, never a thrown error.

/// How a statement finished.
enum Flow: UInt8 {
    case next
    case breakLoop
    case continueLoop
    /// `return`: the value is in the frame's `result`.
    case returned
}

/// An expression node. Subclasses override ``eval(_:)`` and, when they can answer without
/// building a `Value`, ``test(_:)``.
class ExprNode {
    let span: SourceSpan

    init(span: SourceSpan) {
        self.span = span
    }

    func eval(_ frame: Frame) throws(ScriptError) -> Value {
        .null
    }

    /// The value's truthiness, for conditions.
    func test(_ frame: Frame) throws(ScriptError) -> Bool {
        try eval(frame).isTruthy
    }

    /// The value when it is known at check time (literals), for folding and parameter defaults.
    var constantValue: Value? { nil }
}

/// A statement node.
class StmtNode {
    let span: SourceSpan

    init(span: SourceSpan) {
        self.span = span
    }

    func exec(_ frame: Frame) throws(ScriptError) -> Flow {
        .next
    }
}

/// A sequence of statements: a block body, a procedure body, a file's top level.
/// Each statement is one step.
///
/// The statements are run through unmanaged references (``statements`` keeps them alive), so a
/// pass over them costs no reference counting.
final class Body {
    let execution: Execution
    private(set) var statements: [StmtNode]
    @exclusivity(unchecked) private var references: UnsafeMutableBufferPointer<Unmanaged<StmtNode>>

    init(_ statements: [StmtNode], execution: Execution) {
        self.execution = execution
        self.statements = statements
        references = Self.references(to: statements)
    }

    deinit {
        references.deallocate()
    }

    /// Replaces the statements (a procedure redefined by a later REPL entry).
    func replace(with statements: [StmtNode]) {
        references.deallocate()
        references = Self.references(to: statements)
        self.statements = statements
    }

    @inline(__always)
    func run(_ frame: Frame) throws(ScriptError) -> Flow {
        for statement in references {
            let flow = try statement.exec(frame, counting: execution)
            if flow != .next { return flow }
        }
        return .next
    }

    private static func references(to statements: [StmtNode]) -> UnsafeMutableBufferPointer<Unmanaged<StmtNode>> {
        let buffer = UnsafeMutableBufferPointer<Unmanaged<StmtNode>>.allocate(capacity: statements.count)
        _ = buffer.initialize(from: statements.map { Unmanaged.passUnretained($0) })
        return buffer
    }
}
