@testable import InstCLI
@testable import InstLanguage
import InstSimulator
import Testing

/// `sim.advance DURATION` and `sim.now`: the embedded simulator's clock (SimulatorModule).
@Suite struct SimServeAdvanceTests {
    @Test(arguments: [("2d", 172_800), ("3h", 10_800), ("90m", 5_400), ("30s", 30), ("1h30m", 5_400), ("45", 45), (" 2d 1s ", 172_801)])
    func durationsParse(text: String, seconds: Int) throws {
        #expect(try SimDuration.seconds(in: text) == seconds)
    }

    @Test(arguments: ["", "d", "2w", "1.5h", "-3h", "2d3", "٣h", "999999999999999999999d", "367d"])
    func badDurationsAreRefusedWithAReason(text: String) {
        #expect(throws: SimDuration.Invalid.self) { try SimDuration.seconds(in: text) }
    }

    @Test func advanceMovesTheClockAndReturnsTheNewTime() throws {
        let simulator = Simulator()
        let module = SimulatorModule(simulator: simulator)
        let advance = try #require(module.commands.first { $0.name == "sim.advance" })
        let now = try #require(module.commands.first { $0.name == "sim.now" })
        let context = Self.context()
        #expect(try now.run(Arguments(parameters: now.parameters, values: []), context) == .string("2026-11-02T14:00:00.000Z"))
        let moved = try advance.run(Arguments(parameters: advance.parameters, values: [.string("1d2h")]), context)
        #expect(moved == .string("2026-11-03T16:00:00.000Z"))
        #expect(simulator.now.iso8601 == "2026-11-03T16:00:00.000Z")
        let seconds = try advance.run(Arguments(parameters: advance.parameters, values: [.int(60)]), context)
        #expect(seconds == .string("2026-11-03T16:01:00.000Z"))
    }

    @Test func aBadDurationIsACatchableErrorNamingTheCommand() throws {
        let module = SimulatorModule(simulator: Simulator())
        let advance = try #require(module.commands.first { $0.name == "sim.advance" })
        do {
            _ = try advance.run(Arguments(parameters: advance.parameters, values: [.string("soon")]), Self.context())
            Issue.record("no error")
        } catch let error as ScriptError {
            #expect(error.isCatchable)
            #expect(error.message.hasPrefix("sim.advance: 'soon' is not a duration"))
        }
    }

    @Test func aSimSessionAdvancesTheClock() throws {
        let outcome = try InstBinary.run(["-c", "print (sim.now)\nprint (sim.advance 2d)", "--sim"])
        #expect(outcome.status == 0, "stderr: \(outcome.error)")
        #expect(outcome.output == "2026-11-02T14:00:00.000Z\n2026-11-04T14:00:00.000Z\n")
    }

    private static func context() -> CommandContext {
        let file = SourceFile(name: "test.inst", text: "sim.advance")
        return CommandContext(span: SourceSpan(file: file, start: 0, end: 0), interpreter: Interpreter(configuration: .init()))
    }
}
