import Testing
@testable import InstLanguage

/// The normative examples in shared/examples must parse without a single diagnostic.
@Suite struct ParserExampleTests {
    @Test(.enabled(if: ParseSupport.examplesDirectory != nil, "shared/examples is not beside the package"))
    func everyExampleParsesCleanly() {
        let examples = ParseSupport.examples()
        #expect(!examples.isEmpty)
        for example in examples {
            let result = ParseSupport.parse(example.text, name: example.name)
            let rendered = result.diagnostics.map { $0.rendered() }.joined()
            #expect(result.diagnostics.isEmpty, "\(example.name):\n\(rendered)")
            #expect(!result.script.statements.isEmpty, "\(example.name) parsed to nothing")
        }
    }
}
