/// A min-heap of timed items; ties leave in insertion order, so a run replays exactly.
struct EventQueue<Item: Sendable>: Sendable {
    private struct Entry: Sendable {
        var time: SimTime
        var order: Int
        var item: Item
        func precedes(_ other: Entry) -> Bool { (time, order) < (other.time, other.order) }
    }

    private var heap: [Entry] = []
    private var inserted = 0

    var isEmpty: Bool { heap.isEmpty }
    var nextTime: SimTime? { heap.first?.time }

    mutating func push(_ item: Item, at time: SimTime) {
        heap.append(Entry(time: time, order: inserted, item: item))
        inserted += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest item when it is due at or before `time`.
    mutating func pop(dueBy time: SimTime) -> (time: SimTime, item: Item)? {
        guard let first = heap.first, first.time <= time else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (first.time, first.item)
    }
}
