/// How far the simulator's clock moves in one step (`sim.advance`, `inst sim advance`,
/// `POST /_sim/advance`): `2d`, `3h`, `90m`, `30s`, `1h30m`, or a number of seconds.
public enum SimDuration {
    /// The longest single step: a year (366 days).
    public static let maximumSeconds = 366 * 86_400

    /// Why a duration was refused, in words a user can act on.
    public struct Invalid: Error, Sendable, Equatable {
        public var message: String

        public init(message: String) {
            self.message = message
        }
    }

    /// Seconds in `text`: one or more `NUMBER UNIT` groups (units `d`, `h`, `m`, `s`), or a bare number.
    public static func seconds(in text: String) throws(Invalid) -> Int {
        let spec = text.filter { !$0.isWhitespace }
        if let plain = Int(spec) { return try checked(plain, text) }
        var total = 0, digits = "", sawGroup = false
        for character in spec {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let unit = unitSeconds[character], let amount = Int(digits), digits.count <= 9 else {
                throw Invalid(message: notADuration(text))
            }
            total += amount * unit
            digits = ""
            sawGroup = true
            if total > maximumSeconds { break }
        }
        guard sawGroup, digits.isEmpty else { throw Invalid(message: notADuration(text)) }
        return try checked(total, text)
    }

    /// `seconds` when it is a step the clock can take forward.
    public static func checked(_ seconds: Int, _ text: String) throws(Invalid) -> Int {
        if seconds < 0 { throw Invalid(message: "'\(text)': the simulator's clock only moves forward") }
        if seconds > maximumSeconds { throw Invalid(message: "'\(text)' is more than the 366 days one step may advance") }
        return seconds
    }

    private static func notADuration(_ text: String) -> String {
        "'\(text)' is not a duration: use a number with d, h, m or s (2d, 3h, 90m, 30s, 1h30m) or a number of seconds"
    }

    private static let unitSeconds: [Character: Int] = ["d": 86_400, "h": 3_600, "m": 60, "s": 1]
}
