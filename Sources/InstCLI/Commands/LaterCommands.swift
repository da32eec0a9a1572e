import ArgumentParser

/// `inst audit …`: present so the command line is complete; audit logs come later.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify or show an audit log (not available yet)."
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() throws {
        Console().fail("inst audit is not available yet: audit logs arrive with later work")
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}
