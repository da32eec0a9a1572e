import APISchema
import InstLanguage

/// Law 3: `instantly.timezone ZONE` is the schedule timezone Instantly accepts for `ZONE`: the
/// zone itself when the enum has it, else the accepted zone with the same offsets and DST rules
/// (with a warning saying so). No such zone, or an unknown name, is an error with advice.
enum TimezoneCommand {
    /// The enum of campaign schedule timezones, from the catalog's schema.
    static var accepted: [String] {
        TimezoneAdvisor.zones(in: InstantlyCatalog.SharedSchemas.schedules.items?.property("timezone")?.enumValues ?? [])
    }

    static var command: CommandSpec {
        CommandSpec(
            "instantly.timezone", summary: "The accepted schedule timezone for a zone (law 3)",
            discussion: """
            Instantly's schedule timezone is a closed enum from its spec: America/New_York is not in it, \
            America/Detroit is. Returns ZONE when accepted, else the accepted zone with the same UTC \
            offsets and DST rules over the next two years (a warning names the substitution). When none \
            matches, or ZONE is not a timezone, it fails with the nearest choices.
                instantly.timezone America/New_York      # America/Detroit
            """,
            parameters: [ParameterSpec("zone", required: true, type: "string", help: "an IANA timezone name")]
        ) { arguments, context in
            guard case .string(let zone)? = arguments["zone"] else {
                throw ScriptError.runtime("instantly.timezone: expected a timezone name, got \(arguments["zone"]?.typeName ?? "nothing")")
            }
            let verdict = TimezoneAdvisor.verdict(for: zone, accepted: accepted)
            if verdict == .accepted { return .string(zone) }
            if let twin = verdict.replacement {
                context.emit(.warn("instantly.timezone: \(verdict.message ?? ""); using \(twin)"))
                return .string(twin)
            }
            throw APIError.invalidArgument("zone", verdict.message ?? zone, hint: verdict.hint).scriptError
        }
    }
}
