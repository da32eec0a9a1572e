/// Frames of one procedure's finished calls, kept for its next calls, so a call (even a deep
/// recursion, once warm) allocates nothing.
///
/// Frames move in and out of the pool with their ownership, so taking and returning one costs
/// no reference counting.
final class FramePool {
    private static let capacity = 64
    private let frames = UnsafeMutablePointer<Frame>.allocate(capacity: FramePool.capacity)
    @exclusivity(unchecked) private var count = 0

    deinit {
        removeAll()
        frames.deallocate()
    }

    /// A pooled frame, or `nil` when there is none.
    @inline(__always)
    func take() -> Frame? {
        guard count > 0 else { return nil }
        count &-= 1
        return (frames + count).move()
    }

    /// Keeps a cleared frame, unless the pool is full.
    @inline(__always)
    func put(_ frame: consuming Frame) {
        guard count < Self.capacity else { return }
        frame.clear()
        (frames + count).initialize(to: frame)
        count &+= 1
    }

    func removeAll() {
        frames.deinitialize(count: count)
        count = 0
    }
}
