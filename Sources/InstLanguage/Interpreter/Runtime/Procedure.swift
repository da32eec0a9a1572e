/// A compiled `proc`. Created when its file is checked (before its body, so calls can be
/// resolved in any order), then given its body. A REPL entry that redefines a procedure with the
/// same parameters replaces the body in place, so earlier callers call the new one.
final class Procedure: CallableBody {
    /// The name callers use: `percent`, or `lifecycle.launch` for a module's procedure.
    let name: String
    let parameterNames: [String]
    let execution: Execution
    /// Keeps the addresses the compiled body uses alive.
    let globals: GlobalStorage
    @exclusivity(unchecked) private(set) var defaults: [ExprNode?]
    let body: Body
    @exclusivity(unchecked) private(set) var layout = FrameLayout(size: 0, unsharedSlots: [])
    private(set) var documentation: String?
    /// What the body calls, for ``effect``.
    private(set) var calls = CalledCommands()
    /// Frames of finished calls, reused by the next ones.
    private let pool = FramePool()

    init(
        name: String, parameterNames: [String], globals: GlobalStorage, documentation: String?, execution: Execution
    ) {
        self.name = name
        self.globals = globals
        self.parameterNames = parameterNames
        self.documentation = documentation
        self.execution = execution
        self.defaults = Array(repeating: nil, count: parameterNames.count)
        self.body = Body([], execution: execution)
    }

    /// Gives the procedure its compiled body (again, when a REPL entry redefines it).
    func define(
        body statements: [StmtNode], defaults: [ExprNode?], layout: FrameLayout, documentation: String?,
        calls: CalledCommands
    ) {
        body.replace(with: statements)
        self.defaults = defaults
        self.layout = layout
        self.documentation = documentation
        self.calls = calls
        pool.removeAll()
    }

    /// The procedure as a value, for built-ins that call it.
    var callable: Callable { Callable(name: name, parameterNames: parameterNames, body: self) }

    @inline(__always)
    func acquireFrame() -> Frame {
        pool.take() ?? Frame(size: layout.size)
    }

    @inline(__always)
    func release(_ frame: consuming Frame) {
        if frame.isCaptured {
            frame.leave(layout)
        } else if frame.size == layout.size {
            pool.put(frame)
        }
    }

    /// Runs the body in a frame whose parameters are bound, returning what `return` gave.
    /// `callSite` goes on the error's stack.
    @inline(__always)
    func run(in frame: consuming Frame, callSite: SourceSpan) throws(ScriptError) -> Value {
        do {
            try execution.enterCall(ActiveCalls.Record(procedure: self, callSite: callSite))
        } catch {
            throw error.at(callSite)
        }
        defer { execution.leaveCall() }
        do {
            let flow = try body.run(frame)
            let result = flow == .returned ? frame.takeResult() : .null
            release(frame)
            return result
        } catch {
            var traced = error
            traced.stack.append(StackFrame(name: name, callSite: callSite))
            throw traced
        }
    }

    /// Fills the parameters not given (`nil`) from their defaults, evaluated in the callee's frame.
    func bindDefaults(in frame: Frame, given: (Int) -> Bool) throws(ScriptError) {
        for (index, defaultValue) in defaults.enumerated() where !given(index) {
            guard let defaultValue else {
                throw ScriptError.runtime("missing argument '\(parameterNames[index])' for '\(name)'")
            }
            frame.slots[index] = try defaultValue.eval(frame).memoizingStream()
        }
    }

    /// A call from a built-in or the host: positional arguments, then defaults.
    override func invoke(_ arguments: [Value], at span: SourceSpan) throws(ScriptError) -> Value {
        try call(arguments.map { Optional($0) }, at: span)
    }

    /// A call with some arguments missing (`nil`), which take their defaults.
    func call(_ arguments: [Value?], at span: SourceSpan) throws(ScriptError) -> Value {
        guard arguments.count <= parameterNames.count else {
            throw ScriptError.runtime("too many arguments for '\(name)': it takes \(parameterNames.count)").at(span)
        }
        let frame = acquireFrame()
        do {
            for (index, argument) in arguments.enumerated() {
                if let argument { frame.slots[index] = argument.memoizingStream() }
            }
            try bindDefaults(in: frame) { $0 < arguments.count && arguments[$0] != nil }
        } catch {
            throw error.at(span)
        }
        return try run(in: frame, callSite: span)
    }
}
