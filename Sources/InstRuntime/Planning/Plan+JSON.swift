import InstLanguage

extension Plan {
    /// The version of the JSON form; a change that drops or renames a field bumps it.
    public static let format = "inst.plan/1"

    /// The plan as `--plan FILE` saves it (pretty JSON, keys in a fixed order):
    ///
    ///     {"format": "inst.plan/1", "script": {"path", "sha256"}, "params": {…}, "mode", "backend",
    ///      "run_id", "writes": [{"sequence", "operation", "method", "path", "path_template", "scope",
    ///      "scopes", "site", "via", "body", "body_sha256", "warnings", "planned"}], "notes": […],
    ///      "summary": [{"method", "path_template", "operation", "count"}], "sent": N}
    ///
    /// `site` is the line of the script being run (`reply_sync.inst:14`); `via` lists the
    /// procedures of other files the call went through, outermost first, each with its own line
    /// (`[{"procedure": "sync.replies_to_ghl", "site": "sync.inst:32"}]`; empty for a command
    /// written in the script).
    /// A body that is JSON is embedded as JSON, any other as a string. No headers at all, so no
    /// credentials.
    public func json() throws -> [UInt8] {
        var bytes = try JSONPrinter.bytes(value, pretty: true)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    var value: Value {
        let script: Value = self.script.map { ["path": .string($0.path), "sha256": .string($0.sha256)] } ?? .null
        let params = ValueMap(parameters.sorted { $0.key < $1.key }.map { ($0.key, Value.string($0.value)) })
        return [
            "format": .string(Self.format),
            "script": script,
            "params": .map(params),
            "mode": .string(mode.rawValue),
            "backend": .string(backend),
            "run_id": .string(runID),
            "writes": .list(entries.map(\.value)),
            "notes": .list(notes.map(Value.string)),
            "summary": .list(summary.map { line in
                ["method": .string(line.method.rawValue), "path_template": .string(line.pathTemplate.rawValue),
                 "operation": .string(line.operation), "count": .int(line.count)]
            }),
            "sent": .int(sentCount),
        ]
    }
}

extension PlanEntry {
    var value: Value {
        let body: Value = body.map { bytes in
            (try? JSONParser.parse(bytes)) ?? .string(String(decoding: bytes, as: UTF8.self))
        } ?? .null
        return [
            "sequence": .int(sequence),
            "operation": .string(operation),
            "method": .string(method.rawValue),
            "path": .string(path),
            "path_template": .string(pathTemplate.rawValue),
            "scope": scope.map(Value.string) ?? .null,
            "scopes": .list(scopes.map(Value.string)),
            "site": site.map { .string($0.place) } ?? .null,
            "via": .list((site?.via ?? []).map { step in
                ["procedure": .string(step.procedure), "site": .string("\(step.file):\(step.line)")]
            }),
            "body": body,
            "body_sha256": .string(bodySHA256),
            "warnings": .list(warnings.map(Value.string)),
            "planned": .bool(planned),
        ]
    }
}
