/// Child nodes held as unmanaged references next to the owning array, so a parent can run them
/// without reference counting on every visit (which measurably slows the hot loops).
struct UnmanagedNodes<Node: AnyObject> {
    /// Keeps the nodes alive.
    let nodes: [Node]
    let references: [Unmanaged<Node>]

    init(_ nodes: [Node]) {
        self.nodes = nodes
        self.references = nodes.map { Unmanaged.passUnretained($0) }
    }

    var count: Int { references.count }
}

extension Unmanaged where Instance: ExprNode {
    /// Evaluates the node, trusting that its owner keeps it alive.
    @inline(__always)
    func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var failure: ScriptError?
        let value = _withUnsafeGuaranteedRef { node -> Value in
            do throws(ScriptError) {
                return try node.eval(frame)
            } catch {
                failure = error
                return .null
            }
        }
        if let failure { throw failure }
        return value
    }
}

extension Unmanaged where Instance: ExprNode {
    /// The node's truthiness, trusting that its owner keeps it alive.
    @inline(__always)
    func test(_ frame: Frame) throws(ScriptError) -> Bool {
        var failure: ScriptError?
        let value = _withUnsafeGuaranteedRef { node -> Bool in
            do throws(ScriptError) {
                return try node.test(frame)
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return value
    }
}

extension Unmanaged where Instance == Body {
    /// Runs the body, trusting that its owner keeps it alive.
    @inline(__always)
    func run(_ frame: Frame) throws(ScriptError) -> Flow {
        var failure: ScriptError?
        let flow = _withUnsafeGuaranteedRef { body -> Flow in
            do throws(ScriptError) {
                return try body.run(frame)
            } catch {
                failure = error
                return .returned
            }
        }
        if let failure { throw failure }
        return flow
    }
}

extension Unmanaged where Instance: StmtNode {
    /// Executes the statement as one step, trusting that its owner keeps it alive; an error
    /// without a place gets the statement's span.
    @inline(__always)
    func exec(_ frame: Frame, counting execution: Execution) throws(ScriptError) -> Flow {
        var failure: ScriptError?
        let flow = _withUnsafeGuaranteedRef { statement -> Flow in
            do throws(ScriptError) {
                try execution.tick()
                return try statement.exec(frame)
            } catch {
                failure = error.at(statement.span)
                return .returned
            }
        }
        if let failure { throw failure }
        return flow
    }
}
