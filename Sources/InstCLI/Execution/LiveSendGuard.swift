import InstLanguage

/// Without `--live`, refuses the commands of a module that would change a live workspace or
/// spend its credits, before anything is sent (exit code 3). Until dry-run planning arrives,
/// this is what keeps a script from writing to a real workspace by accident.
struct LiveSendGuard: HostModule {
    let base: any HostModule

    var commands: [CommandSpec] {
        base.commands.map { command in
            guard let consequence = Self.consequence(of: command.effect) else { return command }
            var guarded = command
            let name = command.name
            guarded.run = { _, _ in
                throw ScriptError.policy(
                    "\(name) would \(consequence); dry-run planning arrives with the runner; pass --live to send",
                    hint: "run with --sim to try it against the embedded simulator"
                )
            }
            return guarded
        }
    }

    /// What sending a command with `effect` would do to a live workspace; `nil` when harmless.
    private static func consequence(of effect: Effect) -> String? {
        switch effect {
        case .write: "change the live workspace"
        case .metered: "spend credits in the live workspace"
        case .pure, .output, .read: nil
        }
    }
}
