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
    case node(Unmanaged<ExprNode>)

    init(_ node: ExprNode) {
        if let local = node as? LocalNode {
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
        case .local(let slot): Self.read(frame.slots + slot)
        case .global(let value): Self.read(value)
        case .int(let number): .int(number)
        case .constant(let node): node._withUnsafeGuaranteedRef { $0.value }
        case .node(let node): try node.eval(frame)
        }
    }

    /// The storage of a variable (a local, or a global that is certainly set), so a node can
    /// look into a list or map without copying it; `nil` for other operands.
    @inline(__always)
    func variable(in frame: Frame) -> UnsafeMutablePointer<Value>? {
        switch self {
        case .local(let slot): frame.slots + slot
        case .global(let value): value
        case .int, .constant, .node: nil
        }
    }

    /// Whether evaluating the operand has no effects, so it may run after another operand is read.
    var isPure: Bool {
        if case .node = self { return false }
        return true
    }

    /// The value at `pointer`; an int is rebuilt rather than copied, which spares the general
    /// copy (a call that switches on the case to count references).
    @inline(__always)
    private static func read(_ pointer: UnsafeMutablePointer<Value>) -> Value {
        if case .int(let number) = pointer.pointee { return .int(number) }
        return pointer.pointee
    }
}
