import InstLanguage
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keys a script has marked done (`state.mark`), kept between runs in one JSON file per
/// script under the state directory: `scripts/<sha256 of the script's absolute path>.json`,
/// `{"script": PATH, "marked": [KEY, …]}`.
///
/// Marking is a write: in a live run it is saved at once (the file replaced whole); in a
/// dry-run it is remembered for the rest of the run and never saved. Code with no script file
/// (the REPL, `inst -c`) keeps its marks in memory only.
///
///     let store = StateStore.forRun(journal, environment: environment)
///     if try !store.seen("reply-42") { …; try store.mark("reply-42") }
public final class StateStore: Sendable {
    /// The file the marks are saved in; `nil` keeps them in memory.
    public let file: String?
    /// The script's path as recorded in the file.
    public let script: String?
    private let journal: RunJournal?
    /// The marked keys, read from the file on first use.
    private let marked: Mutex<[String]?>

    public init(file: String?, script: String?, journal: RunJournal?) {
        self.file = file
        self.script = script
        self.journal = journal
        self.marked = Mutex(file == nil ? [] : nil)
    }

    /// The store of the run `journal` describes: the script's file under the state directory that
    /// `environment` names (`XDG_STATE_HOME`, `HOME`), or memory only without a script.
    public static func forRun(_ journal: RunJournal?, environment: [String: String] = stateEnvironment()) -> StateStore {
        guard let journal, let path = journal.scriptPath else { return StateStore(file: nil, script: nil, journal: journal) }
        let absolute = FilePath.absolute(path, relativeTo: FilePath.currentDirectory())
        let name = AuditDigest.sha256(Array(absolute.utf8))
        let file = StateDirectory.path("scripts/\(name).json", environment: environment)
        return StateStore(file: file, script: absolute, journal: journal)
    }

    /// The variables that locate the state directory, from the process's environment.
    public static func stateEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return environment
    }

    /// Whether `key` was marked, in an earlier live run or earlier in this one.
    public func seen(_ key: String) throws -> Bool {
        try loaded().contains(key)
    }

    /// Marks `key`; saves the marks when the run is live. Returns whether it was new.
    @discardableResult
    public func mark(_ key: String) throws -> Bool {
        var keys = try loaded()
        if keys.contains(key) { return false }
        keys.append(key)
        if journal?.mode == .live, script != nil { try save(keys) }
        marked.withLock { $0 = keys }
        return true
    }

    private func loaded() throws -> [String] {
        if let keys = marked.withLock({ $0 }) { return keys }
        let keys = try read()
        marked.withLock { $0 = keys }
        return keys
    }

    private func read() throws -> [String] {
        guard let file, FileSystemText.exists(file) else { return [] }
        let text = try FileSystemText.contents(of: file, command: "state")
        guard case .map(let object)? = try? JSONParser.parse(text), case .list(let items)? = object["marked"] else {
            throw ScriptError.runtime("state: the file '\(file)' is not a state file", hint: "remove it to start afresh")
        }
        return items.compactMap { if case .string(let key) = $0 { key } else { nil } }
    }

    private func save(_ keys: [String]) throws {
        guard let file else {
            throw ScriptError.runtime(
                "state.mark: there is no state folder to keep the marks in", hint: "set HOME or XDG_STATE_HOME")
        }
        do {
            try StateDirectory.create(FilePath.directory(of: file))
        } catch {
            throw ScriptError.runtime("state.mark: \(error.description)")
        }
        let document = Value.map(ValueMap([
            ("script", .string(script ?? "")), ("marked", .list(keys.map(Value.string))),
        ]))
        let text = try JSONPrinter.format(document, pretty: true) + "\n"
        try AtomicFile.replace(file, with: Array(text.utf8), command: "state.mark")
    }
}
