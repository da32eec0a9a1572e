/// The slots and scopes of one frame being resolved: a procedure's body, or a file's top level
/// (whose nested blocks get slots in the top-level frame).
///
/// Slots are never reused within a frame, so a block that runs late (a lazy `where` over a
/// stream) still finds its variables where it left them.
final class FunctionScope {
    let isProcedure: Bool
    private(set) var slotCount = 0
    /// Innermost last: variable name → slot.
    private var scopes: [[String: Int]] = [[:]]
    /// Loops around the current statement, within the innermost block argument.
    var loopDepth = 0
    /// The value slots of the block arguments being resolved, innermost last.
    var blockResultSlots: [Int] = []
    /// Slots read from inside a block, which a frame must keep while a block holds it.
    private var slotsReadByBlocks: Set<Int> = []
    /// Where each `let` of this frame declared its name (the first one), for "it only exists
    /// inside that block" notes once the block has ended.
    var letDeclarations: [String: SourceSpan] = [:]
    /// The commands this frame's code calls by name, for a procedure's effect.
    var calls = CalledCommands()

    init(isProcedure: Bool) {
        self.isProcedure = isProcedure
    }

    /// Whether statements here are at the top level of a file (where `proc`, `param`, `use`,
    /// `require` and global `let`s belong).
    var isFileTopLevel: Bool { !isProcedure && scopes.count == 1 }

    func allocate() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    func pushScope() { scopes.append([:]) }
    func popScope() { scopes.removeLast() }

    /// Declares `name` in the innermost scope; `nil` when it is already declared there.
    func declare(_ name: String, slot: Int) -> Int? {
        guard scopes[scopes.count - 1][name] == nil else { return nil }
        scopes[scopes.count - 1][name] = slot
        return slot
    }

    func isDeclaredInInnermostScope(_ name: String) -> Bool {
        scopes[scopes.count - 1][name] != nil
    }

    /// The slot of a visible local, noting whether a block reads it.
    func lookup(_ name: String) -> Int? {
        for scope in scopes.reversed() {
            if let slot = scope[name] {
                if !blockResultSlots.isEmpty { slotsReadByBlocks.insert(slot) }
                return slot
            }
        }
        return nil
    }

    /// The frame's size and the slots it may drop once a block holds it.
    var layout: FrameLayout {
        FrameLayout(size: slotCount, unsharedSlots: (0..<slotCount).filter { !slotsReadByBlocks.contains($0) })
    }

    /// Every local name visible here, for suggestions.
    var visibleNames: [String] { scopes.flatMap(\.keys) }
}
