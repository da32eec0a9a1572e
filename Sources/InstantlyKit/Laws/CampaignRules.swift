import APISchema
import InstLanguage

/// What the campaign schemas do not say but Instantly does: only `sequences[0]` is used; a
/// schedule's `days` keys are `"0"`–`"6"` (0 = Sunday) with at least one day on; a step's `delay`
/// is the wait *after* it, before the next step; and a PATCH `email_list` replaces the senders.
/// Applies to any body with these fields (campaigns, subsequences).
public enum CampaignRules {
    /// Throws the first schedule error; returns the warnings, one line each.
    public static func review(_ body: Value, method: String) throws(APIError) -> [String] {
        guard case .map(let fields) = body else { return [] }
        if case .map(let schedule)? = fields["campaign_schedule"], case .list(let schedules)? = schedule["schedules"] {
            for (position, entry) in schedules.enumerated() {
                guard case .map(let entry) = entry, let days = entry["days"] else { continue }
                try checkDays(days, at: "body.campaign_schedule.schedules[\(position)].days")
            }
        }
        var warnings: [String] = []
        if case .list(let sequences)? = fields["sequences"] {
            if sequences.count > 1 {
                warnings.append("body.sequences has \(sequences.count) sequences; Instantly uses only sequences[0], so put every step in sequences[0].steps")
            }
            if case .map(let first)? = sequences.first, case .list(let steps)? = first["steps"] {
                warnings += delayWarnings(steps)
            }
        }
        if method == "PATCH", case .list(let senders)? = fields["email_list"] {
            let named = senders.prefix(5).compactMap { if case .string(let s) = $0 { s } else { nil } }
            let list = named.isEmpty ? "" : ": " + named.joined(separator: ", ") + (senders.count > 5 ? ", …" : "")
            warnings.append("body.email_list replaces the campaign's senders; after this update it sends from \(senders.count) account\(senders.count == 1 ? "" : "s")\(list)")
        }
        return warnings
    }

    static let dayKeys: Set<String> = ["0", "1", "2", "3", "4", "5", "6"]

    static func checkDays(_ days: Value, at path: String) throws(APIError) {
        guard case .map(let map) = days else { return }
        let hint = "days maps \"0\"–\"6\" (0 = Sunday) to true or false: {\"1\": true, \"2\": true, \"3\": true, \"4\": true, \"5\": true}"
        if let bad = map.keys.first(where: { !dayKeys.contains($0) }) {
            throw APIError.invalidArgument(path, "day keys are \"0\"–\"6\" (0 = Sunday), not \"\(bad)\"", hint: hint)
        }
        if !map.values.contains(where: { if case .bool(true) = $0 { true } else { false } }) {
            throw APIError.invalidArgument(path, map.isEmpty ? "no days given; the schedule would never send" : "no day is true; the schedule would never send", hint: hint)
        }
    }

    /// A step before the last with delay 0 sends the next step at once: `delay` is the wait
    /// after a step, not before it.
    static func delayWarnings(_ steps: [Value]) -> [String] {
        steps.dropLast().enumerated().compactMap { position, step in
            guard case .map(let step) = step, let delay = step["delay"], StatusLabels.code(of: delay) == 0 else { return nil }
            return "body.sequences[0].steps[\(position)].delay is 0: step \(position + 2) follows immediately (delay is the wait after a step, before the next one)"
        }
    }
}
