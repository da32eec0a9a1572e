/// `"text $name $( pipeline ) text"`: strings are inserted raw, other values formatted.
///
/// The literal text is kept as UTF-8 bytes and the result built in a byte buffer, which is
/// much cheaper than appending to a `String` piece by piece.
final class InterpolationNode: ExprNode {
    enum Part {
        case text(String)
        case value(ExprNode)
    }

    /// A literal byte range, or the position of a value in `operands`.
    private enum Piece {
        case text(start: Int, end: Int)
        case value(Int)
    }

    private let pieces: [Piece]
    private let literalBytes: UnsafeMutableBufferPointer<UInt8>
    /// Keeps the value nodes alive.
    private let values: [ExprNode]
    private let operands: [Operand]
    private let execution: Execution
    private let scratch: ByteBuffer

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
                pieces.append(.value(values.count))
                values.append(node)
            }
        }
        literalBytes = .allocate(capacity: bytes.count)
        _ = literalBytes.initialize(from: bytes)
        self.pieces = pieces
        self.values = values
        operands = values.map(Operand.init)
        self.execution = execution
        scratch = ByteBuffer(capacity: bytes.count + 8 * values.count)
        super.init(span: span)
    }

    deinit {
        literalBytes.deallocate()
    }

    override func eval(_ frame: Frame) throws(ScriptError) -> Value {
        let buffer = scratch.isInUse ? ByteBuffer() : scratch
        buffer.isInUse = true
        defer {
            buffer.isInUse = false
            buffer.removeAll()
        }
        for piece in pieces {
            switch piece {
            case .text(let start, let end):
                buffer.append(UnsafeBufferPointer(rebasing: literalBytes[start..<end]))
            case .value(let position):
                switch try operands[position].eval(frame) {
                case .string(let string): buffer.append(string)
                case .int(let number): buffer.appendDecimal(number)
                case let value: buffer.append(try execution.materialize(value).formatted())
                }
                try execution.checkStringBytes(buffer.count)
            }
        }
        return .string(buffer.makeString())
    }
}
