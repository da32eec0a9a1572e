/// A growable run of bytes that a node keeps between evaluations, so building a string
/// (interpolation) allocates only the result.
final class ByteBuffer {
    private(set) var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Set while a node is filling it; a nested use (recursion) takes a fresh buffer instead.
    var isInUse = false

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    func removeAll() {
        count = 0
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { (start + count).update(from: base, count: bytes.count) }
        count &+= bytes.count
    }

    /// Appends the UTF-8 of `string`, in one copy when it is native.
    @inline(__always)
    func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Appends the decimal digits of `number`: written backwards at the end of the reserved
    /// room, then moved into place.
    func appendDecimal(_ number: Int) {
        reserve(21)
        if number < 0 {
            start[count] = UInt8(ascii: "-")
            count &+= 1
        }
        var magnitude = number.magnitude
        let end = start + count + 20
        var first = end
        repeat {
            first -= 1
            first.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        let digits = end - first
        UnsafeMutableRawPointer(start + count).copyMemory(from: first, byteCount: digits)
        count &+= digits
    }

    /// The bytes as a string (invalid UTF-8 is repaired).
    func makeString() -> String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
