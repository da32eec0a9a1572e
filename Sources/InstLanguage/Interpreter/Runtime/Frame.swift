/// The slots of one procedure activation (or of a file's top-level code), in contiguous memory.
///
/// Nodes read and write `slots[i]` directly; the resolver assigned every local its index.
/// A frame that a block captured (`where { … }` may run after its procedure returned, when it
/// filters a stream lazily) is never reused.
final class Frame {
    let slots: UnsafeMutablePointer<Value>
    let size: Int
    /// What `return` gave.
    @exclusivity(unchecked) var result: Value = .null
    /// Set when a block closure holds this frame.
    @exclusivity(unchecked) var isCaptured = false

    init(size: Int) {
        self.size = size
        slots = .allocate(capacity: max(size, 1))
        slots.initialize(repeating: .null, count: size)
    }

    deinit {
        slots.deinitialize(count: size)
        slots.deallocate()
    }

    /// Drops every value, so a pooled frame holds no references.
    @inline(__always)
    func clear() {
        for index in 0..<size { (slots + index).replace(with: .null) }
        if !result.holdsNoReferences { result = .null }
    }

    /// What `return` gave, leaving null in its place (moved out, not copied).
    @inline(__always)
    func takeResult() -> Value {
        var taken = Value.null
        swap(&taken, &result)
        return taken
    }

    /// Called when the code that owns the frame is done with it. A frame a block still holds
    /// keeps only the slots blocks read: a lazy stream left in a local must not keep its own
    /// frame alive through the block inside it (a reference cycle).
    func leave(_ layout: FrameLayout) {
        guard isCaptured else { return }
        for slot in layout.unsharedSlots { slots[slot] = .null }
        result = .null
    }
}

/// How a compiled frame is laid out.
struct FrameLayout {
    let size: Int
    /// The slots no `{ … }` block reads.
    let unsharedSlots: [Int]
}
