/// A credential (API key, bearer token) that never shows itself: its description, debug
/// description and mirror all read `<redacted>`, so printing, dumping or interpolating a value
/// that holds one cannot leak it.
///
///     let key = Secret("sk_live_…")
///     "\(key)"          // "<redacted>"
///     key.reveal()      // the text, for the one place that puts it on the wire
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// The secret text. Call it only where the value goes on the wire.
    public func reveal() -> String { text }

    public var isEmpty: Bool { text.isEmpty }

    public var description: String { Secret.redacted }
    public var debugDescription: String { Secret.redacted }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// What every description of a secret shows.
    public static let redacted = "<redacted>"
}
