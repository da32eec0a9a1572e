@testable import InstCLI
import Testing

@Suite struct CandidateColumnsTests {
    @Test func fillsColumnsTopToBottom() {
        let text = CandidateColumns(["a", "bb", "ccc", "d", "e"]).rendered(width: 16)
        #expect(text == "a    ccc  e\nbb   d\n")
    }

    @Test func oneColumnWhenNarrow() {
        #expect(CandidateColumns(["alpha", "beta"]).rendered(width: 3) == "alpha\nbeta\n")
    }
}
