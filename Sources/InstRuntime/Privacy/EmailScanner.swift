/// Finds email addresses in text: `local@domain.tld`, where the local part holds letters,
/// digits and `.!#$%&'*+/=?^_`{|}~-`, and the domain holds labels of letters, digits and `-`
/// with a final label of at least two letters. Loose on purpose: redaction must not miss one.
enum EmailScanner {
    static func ranges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let at = text[searchStart...].firstIndex(of: "@") {
            let localStart = text[searchStart..<at].reversed().prefix(while: isLocal).count
            let start = text.index(at, offsetBy: -localStart)
            let afterAt = text.index(after: at)
            var end = text[afterAt...].firstIndex { !isDomain($0) } ?? text.endIndex
            // A sentence's final dot or a trailing hyphen is not part of the domain.
            while end > afterAt, let last = text[..<end].last, last == "." || last == "-" { end = text.index(before: end) }
            let domain = text[afterAt..<end]
            if localStart > 0, let dot = domain.lastIndex(of: "."), domain.first != ".",
               domain[domain.index(after: dot)...].count >= 2,
               domain[domain.index(after: dot)...].allSatisfy(\.isLetter) {
                ranges.append(start..<end)
                searchStart = end
            } else {
                searchStart = afterAt
            }
        }
        return ranges
    }

    private static func isLocal(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._%+-!#$&'*/=?^`{|}~".contains(character))
            || !character.isASCII && character.isLetter
    }

    private static func isDomain(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "." || character == "-"
    }
}
