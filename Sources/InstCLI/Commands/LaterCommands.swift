import ArgumentParser

/// `inst sim …`: present so the command line is complete; the simulator server comes later.
struct SimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Serve the Instantly and GoHighLevel simulator over HTTP (not available yet)."
    )

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var arguments: [String] = []

    func run() throws {
        Console().fail("inst sim is not available yet: the simulator arrives with later work")
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}

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
