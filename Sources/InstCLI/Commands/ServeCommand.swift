import ArgumentParser

/// `inst serve SCRIPT [--port N] [run flags]`: runs a script's `on EVENT { }` handlers for
/// Instantly webhook deliveries.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a script's event handlers for Instantly webhooks.",
        discussion: """
            Runs the script's top level once, then listens until Ctrl-C. Each POST delivery must \
            carry the header X-Inst-Secret with the secret from INST_WEBHOOK_SECRET (or the one \
            generated and printed at start-up); it is answered 200 at once and handled once, in \
            order, with the payload in $event. Without --live, writes are planned (dry-run) and \
            the plan is printed when the server stops. With --register, once listening it makes \
            Instantly's webhooks for the handled events point at this server (or --public-url) and \
            carry the secret, which is then not printed; these calls are not subject to the script's \
            `require` lines. When registration fails, the server stops and exits with 1, saying \
            what to fix. See docs/events.md.
            """
    )

    @Argument(help: ArgumentHelp("The script with the handlers.", valueName: "script"))
    var script: String

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "n"))
    var port: Int = 4020

    @Flag(help: "Once listening, create or update Instantly's webhooks for the handled events to point here with the secret (planned in a dry-run).")
    var register = false

    @Option(help: ArgumentHelp(
        "The address Instantly delivers to with --register (a tunnel to this port); default http://127.0.0.1:PORT/.",
        valueName: "url"))
    var publicURL: String?

    @OptionGroup
    var options: RunOptions

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535 (got \(port)); 0 picks a free port")
        }
        if publicURL != nil && !register {
            throw ValidationError("--public-url is the address --register subscribes; pass --register too")
        }
    }

    func run() throws {
        var server = EventServer(options: options, port: port, secret: WebhookSecret(environment: Environment.current))
        server.registers = register
        server.publicURL = publicURL
        throw ExitCode(server.serve(scriptAt: script).rawValue)
    }
}
