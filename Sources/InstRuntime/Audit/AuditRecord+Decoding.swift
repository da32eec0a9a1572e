import InstLanguage

extension AuditRecord {
    /// A record and the hash its line claims, read from one line of an audit file.
    struct Parsed {
        var record: AuditRecord
        var claimedHash: String
    }

    /// Why a line is not a record.
    enum ParseFailure: Error, Equatable {
        case badJSON(String)
        case malformed(String)
        case notCanonical
    }

    /// Reads one line (without its newline): JSON, then the fields, then the exact canonical layout.
    static func parse(line bytes: some Collection<UInt8>) throws(ParseFailure) -> Parsed {
        let value: Value
        do {
            value = try JSONParser.parse(Array(bytes))
        } catch {
            throw .badJSON(error.description)
        }
        guard case .map(let map) = value else { throw .malformed("not a JSON object") }
        let fields = Fields(map: map)
        let version = try fields.int("version")
        let record = AuditRecord(
            version: version,
            sequence: try fields.int("sequence"),
            time: try fields.string("time"),
            runID: try fields.string("run_id"),
            mode: try fields.enumeration("mode"),
            scriptPath: try fields.optionalString("script"),
            scriptSHA256: try fields.optionalString("script_sha256"),
            line: try fields.optionalInt("line"),
            operation: try fields.string("operation"),
            method: try fields.string("method"),
            pathTemplate: try fields.string("path_template"),
            effect: try fields.string("effect"),
            requestDigest: try fields.string("request_digest"),
            dryRun: try fields.bool("dry_run"),
            status: try fields.optionalInt("status"),
            latencyMicroseconds: try fields.optionalInt("latency_us"),
            waitMicroseconds: try fields.optionalInt("wait_us"),
            outcome: try fields.enumeration("outcome"),
            units: version >= 2 ? try fields.optionalInt("units") : nil,
            note: version >= 2 ? try fields.optionalString("note") : nil,
            answer: version >= 2 ? try fields.optionalString("answer") : nil,
            backend: version >= 3 ? try fields.optionalString("backend") : nil,
            via: version >= 3 ? try fields.optionalString("via") : nil,
            previousHash: try fields.string("prev_hash")
        )
        let claimedHash = try fields.string("hash")
        guard record.jsonLine(hash: claimedHash).elementsEqual(bytes) else { throw .notCanonical }
        return Parsed(record: record, claimedHash: claimedHash)
    }
}

/// Typed access to a parsed record's fields, naming the field that is missing or of the wrong type.
private struct Fields {
    let map: ValueMap

    func value(_ key: String) throws(AuditRecord.ParseFailure) -> Value {
        guard let value = map[key] else { throw .malformed("field \"\(key)\" is missing") }
        return value
    }

    func wrongType(_ key: String, _ expected: String) -> AuditRecord.ParseFailure {
        .malformed("field \"\(key)\" is not \(expected)")
    }

    func int(_ key: String) throws(AuditRecord.ParseFailure) -> Int {
        guard case .int(let number) = try value(key) else { throw wrongType(key, "an integer") }
        return number
    }

    func optionalInt(_ key: String) throws(AuditRecord.ParseFailure) -> Int? {
        let found = try value(key)
        if case .null = found { return nil }
        guard case .int(let number) = found else { throw wrongType(key, "an integer or null") }
        return number
    }

    func string(_ key: String) throws(AuditRecord.ParseFailure) -> String {
        guard case .string(let text) = try value(key) else { throw wrongType(key, "a string") }
        return text
    }

    func optionalString(_ key: String) throws(AuditRecord.ParseFailure) -> String? {
        let found = try value(key)
        if case .null = found { return nil }
        guard case .string(let text) = found else { throw wrongType(key, "a string or null") }
        return text
    }

    func bool(_ key: String) throws(AuditRecord.ParseFailure) -> Bool {
        guard case .bool(let flag) = try value(key) else { throw wrongType(key, "true or false") }
        return flag
    }

    func enumeration<E: RawRepresentable<String> & CaseIterable>(_ key: String) throws(AuditRecord.ParseFailure) -> E {
        let text = try string(key)
        guard let found = E(rawValue: text) else {
            throw .malformed("field \"\(key)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return found
    }
}

extension AuditRecord.ParseFailure {
    /// What is wrong with the line, for messages.
    var summary: String {
        switch self {
        case .badJSON(let detail): "not valid JSON: \(detail)"
        case .malformed(let detail): detail
        case .notCanonical: "not in canonical form (the line was changed after it was written)"
        }
    }
}
