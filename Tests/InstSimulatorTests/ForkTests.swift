import InstTransport
@testable import InstSimulator
import Testing

@Suite struct ForkTests {
    @Test func aForkStartsFromTheStateAndLeavesItUntouched() async throws {
        let simulator = Simulator.testing()
        let id = try #require(try await simulator.campaign(named: "Q4 Partnerships")["id"]?.stringValue)
        let fork = simulator.fork()
        #expect(try await fork.call(.post, "/api/v2/campaigns/\(id)/pause", json: [:]).json["status"] == 2)
        #expect(try await fork.campaign(named: "Q4 Partnerships")["status"] == 2)
        #expect(try await simulator.campaign(named: "Q4 Partnerships")["status"] == 1)
        fork.advance(by: .seconds(3600))
        #expect(fork.now != simulator.now)
    }
}
