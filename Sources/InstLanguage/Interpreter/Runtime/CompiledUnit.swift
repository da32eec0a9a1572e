/// A file's (or REPL entry's) top-level code, ready to run.
final class CompiledUnit {
    let body: Body
    let layout: FrameLayout
    /// The slot holding the value of the last statement, when it is a pipeline.
    let resultSlot: Int?
    /// Keeps the addresses the compiled code uses alive.
    let globals: GlobalStorage

    init(body: Body, layout: FrameLayout, resultSlot: Int?, globals: GlobalStorage) {
        self.body = body
        self.globals = globals
        self.layout = layout
        self.resultSlot = resultSlot
    }

    /// Runs the code in a fresh frame; the value is what a top-level `return` gave, else the last
    /// pipeline statement's value (else null).
    func run() throws(ScriptError) -> Value {
        let frame = Frame(size: layout.size)
        defer { frame.leave(layout) }
        if try body.run(frame) == .returned { return frame.result }
        return resultSlot.map { frame.slots[$0] } ?? .null
    }
}
