/// A condition that a loop or `if` tests on every pass. Comparing a variable with an int
/// constant (`$i < 100`, `$n < 2`) is decided in place when the variable holds an int; any
/// other condition, or other values, are tested by the condition's node.
struct Condition {
    private enum Form {
        case compare(variable: Operand, constant: Int, Value.Comparison)
        case node
    }

    private let form: Form
    private let node: Unmanaged<ExprNode>

    /// A condition over `node`, which the owner keeps alive.
    init(_ node: ExprNode) {
        self.node = Unmanaged.passUnretained(node)
        if let compare = node as? CompareNode, compare.left.isVariable, case .int(let constant) = compare.right {
            form = .compare(variable: compare.left, constant: constant, compare.comparison)
        } else {
            form = .node
        }
    }

    @inline(__always)
    func test(_ frame: Frame) throws(ScriptError) -> Bool {
        if case .compare(let variable, let constant, let comparison) = form,
            let value = variable.variable(in: frame), case .int(let number) = value.pointee
        {
            switch comparison {
            case .less: return number < constant
            case .lessOrEqual: return number <= constant
            case .greater: return number > constant
            case .greaterOrEqual: return number >= constant
            }
        }
        return try node.test(frame)
    }
}
