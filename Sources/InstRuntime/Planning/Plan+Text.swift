extension Plan {
    /// The plan as a person reads it after a dry-run (standard error): a header, one entry per
    /// write (cited at the script's line, then the procedures of other files it went through)
    /// with its body folded and its warnings, the notes, and the summary.
    ///
    ///     dry-run: nothing was sent; planned writes (run with --live to send them):
    ///       1. POST /api/v2/leads  (leads:create)  verify_then_load.inst:17
    ///          {"campaign":"…","email":"maria.chen@harbor-health.test",…}
    ///       2. POST /contacts/upsert  (contacts.write)  reply_sync.inst:14
    ///          via sync.replies_to_ghl (stdlib/sync.inst:32)
    ///          {"email":"…",…}
    ///     notes:
    ///       law 7: …
    ///     plan: 4 × POST /api/v2/leads, 1 × POST /api/v2/campaigns/{id}/pause; 0 sent
    public var text: String {
        var lines: [String] = [header]
        for entry in entries {
            var title = "\(entry.sequence). \(entry.method) \(entry.path)"
            if let scope = entry.scope { title += "  (\(scope))" }
            if let site = entry.site { title += "  \(site.place)" }
            if !entry.planned { title += "  [sent]" }
            lines.append("  " + title)
            let indent = "     " + String(repeating: " ", count: String(entry.sequence).count)
            if let via = entry.site?.viaText { lines.append(indent + via) }
            lines += PlanBodyFolding.lines(entry.body).map { indent + $0 }
            lines += entry.warnings.map { indent + "warning: " + $0 }
        }
        if !notes.isEmpty {
            lines.append("notes:")
            lines += notes.map { "  " + $0 }
        }
        lines.append("plan: " + summaryText)
        return lines.joined(separator: "\n") + "\n"
    }

    private var header: String {
        switch mode {
        case .dryRun:
            entries.isEmpty
                ? "dry-run: nothing was sent; no writes planned"
                : "dry-run: nothing was sent; planned writes (run with --live to send them):"
        case .live:
            "live run: writes sent:"
        }
    }
}
