/// The globals of one file (the script, a REPL session, a `use`d module): top-level `let`s and `param`s.
///
/// Slots are assigned at check time. Storage comes in chunks that never move, so compiled
/// nodes hold the address of their global directly, and the REPL can add globals between
/// entries without invalidating earlier code. `isSet` tells a global that was declared from one
/// whose `let` has run.
final class GlobalStorage {
    private static let chunkSize = 64
    private var valueChunks: [UnsafeMutablePointer<Value>] = []
    private var isSetChunks: [UnsafeMutablePointer<Bool>] = []
    private(set) var names: [String] = []
    private var slotsByName: [String: Int] = [:]

    deinit {
        for chunk in valueChunks {
            chunk.deinitialize(count: Self.chunkSize)
            chunk.deallocate()
        }
        for chunk in isSetChunks { chunk.deallocate() }
    }

    var count: Int { names.count }

    func slot(named name: String) -> Int? { slotsByName[name] }

    /// The slot of `name`, declaring it if new.
    func declare(_ name: String) -> Int {
        if let slot = slotsByName[name] { return slot }
        if names.count == valueChunks.count * Self.chunkSize {
            let values = UnsafeMutablePointer<Value>.allocate(capacity: Self.chunkSize)
            values.initialize(repeating: .null, count: Self.chunkSize)
            valueChunks.append(values)
            let isSet = UnsafeMutablePointer<Bool>.allocate(capacity: Self.chunkSize)
            isSet.initialize(repeating: false, count: Self.chunkSize)
            isSetChunks.append(isSet)
        }
        let slot = names.count
        names.append(name)
        slotsByName[name] = slot
        return slot
    }

    /// Forgets globals declared after the first `count` (a REPL entry that failed its check).
    func truncate(to count: Int) {
        guard count < names.count else { return }
        for slot in count..<names.count {
            slotsByName[names[slot]] = nil
            address(of: slot).value.pointee = .null
            address(of: slot).isSet.pointee = false
        }
        names.removeLast(names.count - count)
    }

    /// Where a declared global's value and its set flag live, for as long as this storage does.
    func address(of slot: Int) -> GlobalAddress {
        let (chunk, offset) = slot.quotientAndRemainder(dividingBy: Self.chunkSize)
        return GlobalAddress(value: valueChunks[chunk] + offset, isSet: isSetChunks[chunk] + offset)
    }
}

/// The storage of one global.
struct GlobalAddress {
    let value: UnsafeMutablePointer<Value>
    let isSet: UnsafeMutablePointer<Bool>

    @inline(__always)
    func store(_ newValue: Value) {
        value.replace(with: newValue)
        isSet.pointee = true
    }
}
