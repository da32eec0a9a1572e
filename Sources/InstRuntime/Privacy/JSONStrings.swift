/// Rewrites the string literals of a JSON document without parsing the rest: each literal is
/// decoded, given to `transform`, and replaced by the encoded result when that is not `nil`;
/// every other byte is copied as it is. An unterminated literal is copied unchanged.
enum JSONStrings {
    static func rewrite(_ json: [UInt8], _ transform: (String) -> String?) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(json.count)
        var index = 0
        while index < json.count {
            guard json[index] == UInt8(ascii: "\"") else {
                output.append(json[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < json.count, json[end] != UInt8(ascii: "\"") {
                end += json[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end < json.count else {
                output += json[index...]
                break
            }
            if let replaced = transform(decode(json[(index + 1)..<end])) {
                output += encode(replaced)
            } else {
                output += json[index...end]
            }
            index = end + 1
        }
        return output
    }

    /// The text of a literal's body (escapes resolved; invalid ones kept as written).
    static func decode(_ body: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var bytes: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
            bytes.removeAll()
        }
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < body.endIndex else {
                bytes.append(byte)
                index += 1
                continue
            }
            flush()
            let escape = body[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            case UInt8(ascii: "u"):
                guard let unit = hex4(body, at: index) else { scalars.append("\u{FFFD}"); continue }
                index += 4
                if (0xD800..<0xDC00).contains(unit), body[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]),
                   let low = hex4(body, at: index + 2), (0xDC00..<0xE000).contains(low) {
                    index += 6
                    scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                } else {
                    scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                }
            default: scalars.append(Unicode.Scalar(escape))
            }
        }
        flush()
        return String(scalars)
    }

    /// `text` as a JSON string literal, quotes included.
    static func encode(_ text: String) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += Array(#"\""#.utf8)
            case "\\": output += Array(#"\\"#.utf8)
            case "\n": output += Array(#"\n"#.utf8)
            case "\r": output += Array(#"\r"#.utf8)
            case "\t": output += Array(#"\t"#.utf8)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: output += Array(String(scalar).utf8)
            }
        }
        output.append(UInt8(ascii: "\""))
        return output
    }

    private static func hex4(_ body: ArraySlice<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= body.endIndex else { return nil }
        return UInt32(String(decoding: body[index..<(index + 4)], as: UTF8.self), radix: 16)
    }
}
