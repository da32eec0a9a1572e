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

    /// Appends the decimal digits of `number`, written in place from the last digit back, two
    /// at a time.
    func appendDecimal(_ number: Int) {
        reserve(21)
        if number < 0 {
            start[count] = UInt8(ascii: "-")
            count &+= 1
        }
        var magnitude = number.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 20, magnitude >= power {
            digits &+= 1
            power &*= 10
        }
        let pairs = Self.digitPairs
        var position = start + count + digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            position[-2] = pairs[pair]
            position[-1] = pairs[pair &+ 1]
        } else {
            position[-1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        count &+= digits
    }

    /// `00`, `01`, … `99`: the digits of every number below 100, in constant storage.
    private static var digitPairs: UnsafePointer<UInt8> {
        let pairs: StaticString = """
            00010203040506070809101112131415161718192021222324252627282930313233343536373839\
            40414243444546474849505152535455565758596061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899
            """
        return pairs.utf8Start
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
