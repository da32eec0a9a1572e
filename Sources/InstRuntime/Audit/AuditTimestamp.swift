import InstTransport

/// Times as audit records write them: ISO 8601 in UTC with milliseconds, `2025-01-02T03:04:05.678Z`.
public enum AuditTimestamp {
    /// The timestamp of `milliseconds` since 1970-01-01T00:00:00Z.
    public static func format(millisecondsSince1970 milliseconds: Int64) -> String {
        CivilDate.iso8601(millisecondsSince1970: milliseconds)
    }
}
