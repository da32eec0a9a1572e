/// Frames of one procedure's finished calls, kept for its next calls, so a call (even a deep
/// recursion, once warm) allocates nothing.
final class FramePool {
    private static let capacity = 64
    private let frames = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: FramePool.capacity)
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
        return frames[count].takeRetainedValue()
    }

    /// Keeps a cleared frame, unless the pool is full.
    @inline(__always)
    func put(_ frame: Frame) {
        guard count < Self.capacity else { return }
        frame.clear()
        frames[count] = Unmanaged.passRetained(frame)
        count &+= 1
    }

    func removeAll() {
        while count > 0 {
            count -= 1
            frames[count].release()
        }
    }
}
