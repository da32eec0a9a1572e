import Foundation
import InstLanguage
import InstRuntime
import InstSimulatorServer

/// `inst serve`: checks a script and runs its top level once, as `inst run` would (same
/// backend, sandbox, governors and audit log), then serves webhook deliveries on 127.0.0.1 and
/// runs the script's `on EVENT { }` handler for each new one, one at a time, in arrival order.
struct EventServer {
    let options: RunOptions
    let port: Int
    let secret: WebhookSecret
    /// `--register`: make Instantly's webhooks point here once listening; `publicURL` is
    /// `--public-url` (else `http://127.0.0.1:PORT/`).
    var registers = false
    var publicURL: String?
    var console = Console()

    func serve(scriptAt path: String) -> ExitStatus {
        let file: SourceFile
        do {
            file = try ScriptHost.loadScript(at: path)
        } catch {
            console.fail(error.description)
            return .usage
        }
        let script = ScriptIdentity(path: path, text: file.text)
        guard let backend = Backend.make(options: options, console: console, script: script) else { return .usage }
        defer { backend.shutdown() }
        if registers, let refusal = WebhookRegistration.refusal(publicURL: publicURL, instantlyBaseURL: backend.instantlyBaseURL) {
            console.fail(refusal)
            return .usage
        }
        let host = backend.makeHost(
            baseDirectory: FilePath.directory(of: path), allowRead: options.allowRead, allowWrite: options.allowWrite,
            limits: options.limits, confined: true, console: console)
        let status = start(file, on: host, backend: backend)
        ScriptRunner(options: options, console: console)
            .finishPlan(backend: backend, console: console, options: options, parameters: options.scriptVariables.values)
        LargeStackThread.release(consume host)
        console.flush()
        return status
    }

    /// Checks and runs the top level, then serves until SIGINT or SIGTERM, or until `--register`
    /// failed (exit status 1).
    private func start(_ file: SourceFile, on host: ScriptHost, backend: Backend) -> ExitStatus {
        let program: CheckedProgram
        do {
            program = try host.check(file)
            if !program.warnings.isEmpty { console.report(DiagnosticsError(program.warnings).rendered()) }
            if program.eventNames.isEmpty {
                console.fail("inst serve: \(file.name) has no event handler; add one, e.g. on reply_received { print $event.lead_email }")
                return .usage
            }
            _ = try host.run(program, variables: options.scriptVariables)
        } catch let error as DiagnosticsError {
            console.report(error.rendered())
            return .scriptError
        } catch {
            console.report(ErrorReport.rendered(error))
            return ExitStatus(for: error)
        }
        console.flush()
        return listen(handling: program, on: host, backend: backend)
    }

    private func listen(handling program: CheckedProgram, on host: ScriptHost, backend: Backend) -> ExitStatus {
        let handled = HandledEvents(journal: backend.journal)
        let inbox = DeliveryInbox()
        let worker = DeliveryWorker(
            inbox: inbox, program: program, interpreter: host.interpreter, console: console, handled: handled)
        let finished = worker.start()
        let server = SimulatorServer(transport: WebhookReceiver(secret: secret, inbox: inbox), port: port, bodyLimit: 1 << 20)
        let secret = secret
        let handlers = program.eventNames.joined(separator: ", ")
        let transport = backend.transport, publicURL = publicURL
        let scriptName = String(program.file.name.split(separator: "/").last ?? "")
        let stop = SimulatorServer.StopHandle()
        let registration = !registers ? nil : WebhookRegistration.Background(
            handlers: program.eventNames, instantly: backend.instantlyBaseURL, console: console, onFailure: stop.stop
        ) { port in
            WebhookRegistration(
                transport: transport, target: WebhookRegistration.target(publicURL: publicURL, port: port),
                scriptName: scriptName, secret: secret.value)
        }
        let outcome = BlockingTask.run {
            defer { registration?.cancel() }
            try await server.run(stopOnSignals: true, stop: stop) { port in
                let output = StandardStream.output
                output.writeLine("inst serve: listening on http://\(SimulatorServer.host):\(port)/ (handlers: \(handlers))")
                if secret.isGenerated && registration == nil {
                    output.writeLine("inst serve: deliveries must carry the header \(WebhookSecret.header): \(secret.value)")
                    output.writeLine("inst serve: (generated for this run; set \(WebhookSecret.environmentVariable) to choose it)")
                }
                output.flush()
                registration?.start(port: port)
            }
        }
        registration?.wait()
        inbox.close()
        finished.wait()
        if case .failure(let error) = outcome {
            console.fail("inst serve: could not serve on \(SimulatorServer.host):\(port): \(error)")
            return .scriptError
        }
        return registration?.hasFailed == true ? .scriptError : .success
    }
}
