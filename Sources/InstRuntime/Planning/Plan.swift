import InstTransport

/// What a run planned (dry-run) or sent (live), ready to render: as text after a dry-run, as
/// JSON for `--plan FILE` (``json()``).
public struct Plan: Sendable, Equatable {
    /// The script run (`nil` for `inst -c` and the REPL).
    public var script: ScriptIdentity?
    /// The script's parameters as the run gave them.
    public var parameters: [String: String]
    public var mode: AuditMode
    /// `sim` or `http`.
    public var backend: String
    public var runID: String
    public var entries: [PlanEntry]
    /// What the advisors said about the run as a whole.
    public var notes: [String]

    public init(
        script: ScriptIdentity?, parameters: [String: String], mode: AuditMode, backend: String, runID: String,
        entries: [PlanEntry], notes: [String]
    ) {
        self.script = script
        self.parameters = parameters
        self.mode = mode
        self.backend = backend
        self.runID = runID
        self.entries = entries
        self.notes = notes
    }

    /// One line of ``summary``: how many writes went to one method and path template.
    public struct SummaryLine: Sendable, Equatable {
        public var method: HTTPMethod
        public var pathTemplate: PathTemplate
        public var operation: String
        public var count: Int
    }

    /// The writes grouped by method and path template, in the order each first appears.
    public var summary: [SummaryLine] {
        var lines: [SummaryLine] = []
        for entry in entries {
            if let index = lines.firstIndex(where: { $0.method == entry.method && $0.pathTemplate == entry.pathTemplate }) {
                lines[index].count += 1
            } else {
                lines.append(SummaryLine(method: entry.method, pathTemplate: entry.pathTemplate, operation: entry.operation, count: 1))
            }
        }
        return lines
    }

    /// How many of the entries were sent.
    public var sentCount: Int { entries.count { !$0.planned } }

    /// `12 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 0 sent`.
    public var summaryText: String {
        let groups = summary.map { "\($0.count) × \($0.method) \($0.pathTemplate)" }
        let writes = groups.isEmpty ? "no writes" : groups.joined(separator: ", ")
        return writes + "; \(sentCount) sent"
    }
}
