/// Byte classes of the lexical grammar. Bytes at or above 0x80 (non-ASCII UTF-8) count as letters,
/// so `café` is one bare word.
extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let backslash = UInt8(ascii: "\\")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let dollar = UInt8(ascii: "$")
    static let dot = UInt8(ascii: ".")
    static let underscore = UInt8(ascii: "_")
    static let leftParen = UInt8(ascii: "(")
    static let rightParen = UInt8(ascii: ")")
    static let leftBrace = UInt8(ascii: "{")
    static let rightBrace = UInt8(ascii: "}")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")

    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }

    var isASCIILetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }

    /// First byte of a variable or field name: `[A-Za-z_]`.
    var isNameStart: Bool { isASCIILetter || self == .underscore }

    /// Later bytes of a variable or field name: `[A-Za-z0-9_]`.
    var isNameContinue: Bool { isNameStart || isDigit }

    /// First byte of a bare word: a letter, `_` or any non-ASCII byte.
    var isWordStart: Bool { isNameStart || self >= 0x80 }

    /// A "word character": what a bare word continues with, and what must follow `- . / @` inside one.
    var isWordContinue: Bool { isWordStart || isDigit }

    /// `- . / @` join two word characters into one bare word (`sort-by`, `America/Detroit`).
    var isWordJoiner: Bool {
        self == .minus || self == .dot || self == UInt8(ascii: "/") || self == UInt8(ascii: "@")
    }

    /// Spaces and tabs (and the `\r` of a CRLF line break) separate tokens.
    var isHorizontalSpace: Bool { self == .space || self == .tab || self == .carriageReturn }
}
