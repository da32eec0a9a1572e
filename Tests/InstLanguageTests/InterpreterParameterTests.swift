import Testing
@testable import InstLanguage

@Suite struct InterpreterParameterTests {
    private let source = """
    param name = "Q1"
    param go = false
    param count = 3
    param ratio = 0.5
    param tags = ["a"]
    param free
    print $name $go $count $ratio $tags $free
    """

    @Test func defaultsApplyWhenTheHostGivesNothing() throws {
        let runner = ScriptRunner()
        try runner.run(source, parameters: ["free": "x"])
        #expect(runner.printed == ["Q1 false 3 0.5 [\"a\"] x"])
    }

    @Test func hostStringsAreCoercedByTheDefaultsType() throws {
        let runner = ScriptRunner()
        try runner.run(source, parameters: [
            "name": "Launch", "go": "yes", "count": "12", "ratio": "2", "tags": #"["x", {"k": 1}]"#, "free": "42",
        ])
        #expect(runner.printed == ["Launch true 12 2.0 [\"x\", {k: 1}] 42"])
    }

    @Test func badValuesAreErrorsAtTheParamLine() throws {
        let error = try ScriptRunner().runtimeError(source, parameters: ["count": "many", "free": "x"])
        #expect(error?.message == "--var count=many: expected an int")
        #expect(error?.span?.location.line == 3)
        let json = try ScriptRunner().runtimeError(source, parameters: ["tags": "[1,", "free": "x"])
        #expect(json?.message.hasPrefix("--var tags=[1,: expected JSON") == true)
    }

    @Test func aParamWithoutDefaultMustBeGiven() throws {
        let error = try ScriptRunner().runtimeError(source)
        #expect(error?.message == "parameter 'free' has no value")
        #expect(error?.hint == "pass it with --var free=…")
    }

    @Test func unknownHostParametersAreRefused() throws {
        let error = try ScriptRunner().runtimeError("param a = 1", parameters: ["b": "2"])
        #expect(error?.message == "the script has no parameter 'b'")
        #expect(error?.hint == "its params: a")
    }
}
