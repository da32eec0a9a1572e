/// A child expression that a node evaluates on a hot path. A variable or a constant is read in
/// place, without a call through its node; anything else is evaluated through its node.
///
/// The cases hold no counted references (the owning node keeps its children alive), so an
/// operand is copied and switched on without reference counting.
enum Operand {
    case local(Int)
    /// A global that is certainly set.
    case global(UnsafeMutablePointer<Value>)
    /// An int constant, the most common kind.
    case int(Int)
    case constant(Unmanaged<ConstantNode>)
    /// A local plus or minus an int constant (`$n - 1`, `$i + 1`): added in place when the local
    /// holds an int and the sum does not overflow, else evaluated by its node.
    case offsetLocal(slot: Int, offset: Int, node: Unmanaged<ExprNode>)
    case node(Unmanaged<ExprNode>)

    init(_ node: ExprNode) {
        if let offset = Self.offsetLocal(node) {
            self = offset
        } else if let local = node as? LocalNode {
            self = .local(local.slot)
        } else if let global = node as? GlobalNode {
            self = .global(global.value)
        } else if let constant = node as? ConstantNode {
            if case .int(let number) = constant.value {
                self = .int(number)
            } else {
                self = .constant(Unmanaged.passUnretained(constant))
            }
        } else {
            self = .node(Unmanaged.passUnretained(node))
        }
    }

    @inline(__always)
    func eval(_ frame: Frame) throws(ScriptError) -> Value {
        switch self {
        case .local(let slot): return Self.read(frame.slots + slot)
        case .global(let value): return Self.read(value)
        case .int(let number): return .int(number)
        case .constant(let node): return node._withUnsafeGuaranteedRef { $0.value }
        case .offsetLocal(let slot, let offset, let node):
            if case .int(let number) = frame.slots[slot] {
                let (sum, overflow) = number.addingReportingOverflow(offset)
                if !overflow { return .int(sum) }
            }
            return try node.eval(frame)
        case .node(let node): return try node.eval(frame)
        }
    }

    /// `$local + k` or `$local - k` as an ``offsetLocal(slot:offset:node:)``.
    private static func offsetLocal(_ node: ExprNode) -> Operand? {
        guard let binary = node as? BinaryNode, case .local(let slot) = binary.left, case .int(let constant) = binary.right
        else { return nil }
        let reference = Unmanaged<ExprNode>.passUnretained(node)
        if node is AddNode { return .offsetLocal(slot: slot, offset: constant, node: reference) }
        // `x - k` overflows exactly when `x + (-k)` does, except for `k == Int.min`.
        if node is SubtractNode, constant != .min { return .offsetLocal(slot: slot, offset: -constant, node: reference) }
        return nil
    }

    /// The storage of a variable (a local, or a global that is certainly set), so a node can
    /// look into a list or map without copying it; `nil` for other operands.
    @inline(__always)
    func variable(in frame: Frame) -> UnsafeMutablePointer<Value>? {
        switch self {
        case .local(let slot): frame.slots + slot
        case .global(let value): value
        case .int, .constant, .offsetLocal, .node: nil
        }
    }

    /// Whether the operand is a variable that ``variable(in:)`` gives the storage of.
    var isVariable: Bool {
        switch self {
        case .local, .global: true
        case .int, .constant, .offsetLocal, .node: false
        }
    }

    /// Whether evaluating the operand has no effects, so it may run after another operand is read.
    var isPure: Bool {
        switch self {
        case .local, .global, .int, .constant: true
        case .offsetLocal, .node: false
        }
    }

    /// The value at `pointer`; an int is rebuilt rather than copied, which spares the general
    /// copy (a call that switches on the case to count references).
    @inline(__always)
    private static func read(_ pointer: UnsafeMutablePointer<Value>) -> Value {
        if case .int(let number) = pointer.pointee { return .int(number) }
        return pointer.pointee
    }
}
