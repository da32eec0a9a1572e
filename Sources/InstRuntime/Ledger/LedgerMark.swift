import InstTransport

/// How the ledger settled a write, told to the audit layer outside it by a header on the answer
/// (the audit layer removes it): the answer came from the log, or from reading the service back.
public enum LedgerMark: String, Sendable, CaseIterable {
    /// `--resume`: answered from the log without sending (audit outcome `replayed`).
    case replayed
    /// The outcome was unknown; reading the service back showed the write had landed.
    case confirmed = "confirmed by reading back"
    /// The outcome was unknown; reading back showed it had not landed, so it was sent once more.
    case resent = "sent again after reading back showed it had not landed"

    /// The answer header carrying the mark between the layers; never sent to a service.
    public static let header = "x-inst-ledger"

    /// The mark on `response`, if the ledger left one.
    public static func of(_ response: TransportResponse) -> LedgerMark? {
        response.headers[header].flatMap(LedgerMark.init(rawValue:))
    }

    /// `response` carrying this mark.
    public func marking(_ response: TransportResponse) -> TransportResponse {
        var marked = response
        marked.headers.remove(Self.header)
        marked.headers.append(rawValue, for: Self.header)
        return marked
    }
}
