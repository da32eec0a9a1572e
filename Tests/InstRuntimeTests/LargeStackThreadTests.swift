@testable import InstRuntime
import Testing

private struct Boom: Error, Equatable {}

/// Recursion deep enough to overflow a default 512 KiB–8 MiB thread stack in a debug build.
private func depth(_ n: Int) -> Int {
    var padding = (0, 0, 0, 0, 0, 0, 0, 0)
    padding.0 = n
    return n == 0 ? 0 : 1 + depth(padding.0 - 1)
}

@Suite struct LargeStackThreadTests {
    @Test func returnsTheResult() throws {
        #expect(try LargeStackThread.run { 6 * 7 } == 42)
    }

    @Test func rethrowsTheError() {
        #expect(throws: Boom()) { try LargeStackThread.run { () throws -> Int in throw Boom() } }
    }

    @Test func deepRecursionFitsOnTheLargeStack() throws {
        #expect(try LargeStackThread.run { depth(200_000) } == 200_000)
    }
}
