extension AuditRecord {
    /// The records of an audit file's JSONL text, for display; the numbers of lines that are not
    /// records are returned apart. It does not check the chain: ``AuditVerifier`` does.
    public static func records(in bytes: [UInt8]) -> (records: [AuditRecord], unreadableLines: [Int]) {
        var records: [AuditRecord] = []
        var unreadable: [Int] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            if let parsed = try? parse(line: line) {
                records.append(parsed.record)
            } else {
                unreadable.append(index + 1)
            }
        }
        return (records, unreadable)
    }
}
