/// Why ``JSONParser`` rejected its input, and where.
public struct JSONError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// The text is not JSON.
        case syntax
        /// Arrays or objects nest deeper than ``JSONParser/Options/maxDepth``.
        case depth
        /// A string is longer than ``JSONParser/Options/maxStringBytes``.
        case stringSize
        /// An array or object has more elements than ``JSONParser/Options/maxCollectionCount``.
        case collectionSize
    }

    public var reason: Reason
    /// What is wrong: `expected ',' or ']' after an array element, found '}'`.
    public var message: String
    /// The byte offset (from 0) where the problem was found.
    public var offset: Int
    /// Line and column (from 1, column in bytes) of ``offset``.
    public var line: Int
    public var column: Int

    public init(reason: Reason = .syntax, message: String, offset: Int, line: Int, column: Int) {
        self.reason = reason
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `expected ':' after an object key, found '}' at line 1, column 9 (byte 8)`.
    public var description: String {
        "\(message) at line \(line), column \(column) (byte \(offset))"
    }
}
