import InstLanguage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C handling. The first SIGINT sets ``flag``, which the interpreter polls, so the running
/// script stops cleanly; a second one before the first was handled exits at once with 130.
enum Interrupts {
    /// The cancellation flag every interpreter this process creates is given.
    static let flag = CancellationFlag()

    /// Installs the SIGINT handler (once is enough); with `terminationToo`, SIGTERM gets it too,
    /// so a script run stopped by a service manager or `timeout` ends as Ctrl-C ends it — its plan
    /// printed and its audit records written — rather than dying between them.
    static func install(terminationToo: Bool = false) {
        _ = flag.isCancelled  // initialise the global before a signal can touch it
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handleInterrupt
        #else
        action.__sigaction_u.__sa_handler = handleInterrupt
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        if terminationToo { sigaction(SIGTERM, &action, nil) }
    }
}

private func handleInterrupt(_ signal: Int32) {
    if Interrupts.flag.isCancelled { _exit(ExitStatus.interrupted.rawValue) }
    Interrupts.flag.cancel()
}
