/// One file's world: its globals, its procedures, and the procedures it `use`s.
///
/// The REPL session is a module too (every entry adds to it); a `use`d file is checked once into
/// its own module and its top-level code runs the first time a `use` of it runs.
final class Module {
    /// `lifecycle` for `use lifecycle`; `nil` for the script or REPL session.
    let namespace: String?
    let globals = GlobalStorage()
    /// Own procedures by name.
    var procedures: [String: Procedure] = [:]
    /// Procedures of `use`d modules by qualified name (`lifecycle.launch`).
    var imports: [String: Procedure] = [:]
    /// A used module's top-level code, run once.
    var topLevel: CompiledUnit?
    var hasRun = false

    init(namespace: String?) {
        self.namespace = namespace
    }

    /// The procedure a command name refers to in this module, if any.
    func procedure(named name: String) -> Procedure? {
        procedures[name] ?? imports[name]
    }
}
