import InstTransport

/// The flag every planned answer carries, so a script (and a person reading its output) can
/// tell it apart from a service's.
public enum PlannedAnswer {
    /// `response` with `"dry_run": true` added to its top-level JSON object; any other answer
    /// (an error status, a list, no JSON) unchanged. The field is spliced in before the closing
    /// brace, so the answer is not decoded and encoded again.
    public static func flagged(_ response: TransportResponse) -> TransportResponse {
        let body = response.body
        guard response.isSuccess,
              let open = body.firstIndex(where: { !isSpace($0) }), body[open] == UInt8(ascii: "{"),
              let close = body.lastIndex(where: { !isSpace($0) }), close > open, body[close] == UInt8(ascii: "}")
        else { return response }
        let isEmpty = body[(open + 1)..<close].allSatisfy(isSpace)
        var flagged = response
        flagged.body = Array(body[..<close]) + Array((isEmpty ? #""dry_run":true"# : #","dry_run":true"#).utf8) + body[close...]
        return flagged
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
