import ArgumentParser
import InstRuntime
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `inst` executable: parses the command line, runs the command, exits with its status.
public enum CommandLineTool {
    /// Runs `inst` with `arguments` and exits the process.
    public static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        useUTF8Locale()
        unblockSignals()
        let status = run(arguments)
        StandardStream.output.flush()
        StandardStream.error.flush()
        exit(status)
    }

    /// The user's locale, so libedit reads and shows UTF-8; a C or POSIX locale (no `LANG`) is
    /// upgraded to C.UTF-8 where the system has it.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Starts from an empty signal mask: a parent may hand over blocked signals (a thread-pool
    /// worker that spawned us), and then Ctrl-C and SIGTERM would never arrive.
    private static func unblockSignals() {
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
    }

    /// Runs `inst` with `arguments` and returns the exit status. Usage errors exit with 2
    /// (the contract), not the parser's default of 64.
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try Inst.parseAsRoot(arguments)
            try command.run()
            return ExitStatus.success.rawValue
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = Inst.exitCode(for: error)
            let message = Inst.fullMessage(for: error)
            if code.isSuccess {
                StandardStream.output.writeLine(message)
                return code.rawValue
            }
            if !message.isEmpty { StandardStream.error.writeLine(message) }
            return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
        }
    }
}
