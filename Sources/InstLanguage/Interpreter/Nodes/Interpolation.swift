/// `"text $name $( pipeline ) text"`: strings are inserted raw, other values formatted.
///
/// The literal text is kept as UTF-8 bytes and the result built in a byte buffer, which is
/// much cheaper than appending to a `String` piece by piece.
final class InterpolationNode: ExprNode {
    enum Part {
        case text(String)
        case value(ExprNode)
    }

    /// A literal byte range or a value, without reference-counted payloads.
    private enum Piece {
        case text(start: Int, end: Int)
        case value(Unmanaged<ExprNode>)
    }

    private let pieces: [Piece]
    private let literalBytes: UnsafeMutableBufferPointer<UInt8>
    /// Keeps the value nodes alive.
    private let values: [ExprNode]
    private let execution: Execution
    /// Bytes of literal text plus a guess for each value, reserved up front.
    private let expectedBytes: Int

    init(_ parts: [Part], execution: Execution, span: SourceSpan) {
        var bytes: [UInt8] = []
        var pieces: [Piece] = []
        var values: [ExprNode] = []
        for part in parts {
            switch part {
            case .text(let literal):
                let start = bytes.count
                bytes += literal.utf8
                pieces.append(.text(start: start, end: bytes.count))
            case .value(let node):
                values.append(node)
                pieces.append(.value(Unmanaged.passUnretained(node)))
            }
        }
        literalBytes = .allocate(capacity: bytes.count)
        _ = literalBytes.initialize(from: bytes)
        self.pieces = pieces
        self.values = values
        self.execution = execution
        expectedBytes = bytes.count + 8 * values.count
        super.init(span: span)
    }

    deinit {
        literalBytes.deallocate()
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expectedBytes)
        for piece in pieces {
            switch piece {
            case .text(let start, let end):
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: literalBytes[start..<end]))
            case .value(let node):
                switch try node.eval(frame) {
                case .string(let string): bytes.appendUTF8(of: string)
                case .int(let number): bytes.appendDecimal(number)
                case let value: bytes.appendUTF8(of: try execution.materialize(value).formatted())
                }
                try execution.checkStringBytes(bytes.count)
            }
        }
        return .string(String(decoding: bytes, as: UTF8.self))
    }
}

extension [UInt8] {
    /// Appends the UTF-8 of `string`, copying its storage in one go when it is native.
    @inline(__always)
    mutating func appendUTF8(of string: String) {
        let copied: Void? = string.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if copied == nil { append(contentsOf: string.utf8) }
    }

    /// Appends the decimal digits of `number`.
    mutating func appendDecimal(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = digits.count
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[position...]))
        }
    }
}
