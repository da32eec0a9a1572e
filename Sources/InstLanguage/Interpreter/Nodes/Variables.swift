/// Where a variable lives, as the resolver decided.
enum VariableSlot {
    /// A slot of the current frame: a procedure's parameters and locals, block locals.
    case local(Int)
    /// A global whose `let` has certainly run before any read the resolver bound here.
    case global(GlobalAddress)
    /// A global a procedure (or a later REPL entry) may read before its `let` has run.
    case checkedGlobal(GlobalAddress)

    /// The variable's storage, or `nil` when it is a global that was not set yet.
    @inline(__always)
    func pointer(in frame: Frame) -> UnsafeMutablePointer<Value>? {
        switch self {
        case .local(let slot): frame.slots + slot
        case .global(let address): address.value
        case .checkedGlobal(let address): address.isSet.pointee ? address.value : nil
        }
    }

    /// Stores a value, marking a global as set.
    @inline(__always)
    func store(_ value: Value, in frame: Frame) {
        switch self {
        case .local(let slot): (frame.slots + slot).replace(with: value)
        case .global(let address), .checkedGlobal(let address): address.store(value)
        }
    }

    static func unset(_ name: String) -> ScriptError {
        .runtime("$\(name) was used before it was set", hint: "the `let` that declares it has not run yet")
    }
}

/// `$name` for a local.
final class LocalNode: ExprNode {
    let slot: Int

    init(slot: Int, span: SourceSpan) {
        self.slot = slot
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        frame.slots[slot]
    }
}

/// `$name` for a global that is certainly set.
final class GlobalNode: ExprNode {
    let value: UnsafeMutablePointer<Value>

    init(_ address: GlobalAddress, span: SourceSpan) {
        self.value = address.value
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        value.pointee
    }
}

/// `$name` for a global that may be read before its `let` ran.
final class CheckedGlobalNode: ExprNode {
    let address: GlobalAddress
    let name: String

    init(_ address: GlobalAddress, name: String, span: SourceSpan) {
        self.address = address
        self.name = name
        super.init(span: span)
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        guard address.isSet.pointee else { throw VariableSlot.unset(name).at(span) }
        return address.value.pointee
    }
}

extension VariableSlot {
    /// The node that reads this variable.
    func readNode(name: String, span: SourceSpan) -> ExprNode {
        switch self {
        case .local(let slot): LocalNode(slot: slot, span: span)
        case .global(let address): GlobalNode(address, span: span)
        case .checkedGlobal(let address): CheckedGlobalNode(address, name: name, span: span)
        }
    }
}
