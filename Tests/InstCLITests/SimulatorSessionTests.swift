@testable import InstCLI
import InstRuntime
import InstSimulator
import InstTransport
import Testing

/// A dry-run against the embedded simulator works on a scratch copy of its state.
@Suite struct SimulatorSessionTests {
    private func request(_ method: HTTPMethod, _ path: String, body: String? = nil) -> TransportRequest {
        TransportRequest(
            service: .instantly, method: method, pathTemplate: PathTemplate(path), path: path,
            headers: ["User-Agent": "inst-tests/1.0", "Authorization": "Bearer k", "Content-Type": body == nil ? nil : "application/json"]
                .compactMapValues { $0 }.reduce(into: HeaderFields()) { $0[$1.key] = $1.value },
            body: body.map { Array($0.utf8) }, operationID: "test", effect: method == .get ? .read : .write)
    }

    private func status(of name: String, in session: SimulatorSession) async throws -> String? {
        var list = request(.get, "/api/v2/campaigns")
        list.query = [QueryItem(name: "search", value: name)]
        let text = String(decoding: try await session.send(list).body, as: UTF8.self)
        return text.firstRange(of: "\"status\":").map { String(text[$0.upperBound...].prefix(1)) }
    }

    private func id(of name: String, in session: SimulatorSession) async throws -> String {
        var list = request(.get, "/api/v2/campaigns")
        list.query = [QueryItem(name: "search", value: name)]
        let text = String(decoding: try await session.send(list).body, as: UTF8.self)
        let start = try #require(text.firstRange(of: "\"id\":\""))
        return String(text[start.upperBound...].prefix(36))
    }

    @Test func dryRunWritesLandOnAScratchCopyThatLiveRequestsRefresh() async throws {
        let journal = RunJournal(runID: "r", mode: .dryRun)
        let session = SimulatorSession(simulator: Simulator(), journal: journal)
        let id = try await id(of: "Q4 Partnerships", in: session)
        #expect(try await session.send(request(.post, "/api/v2/campaigns/\(id)/pause", body: "{}")).status == 200)
        #expect(try await status(of: "Q4 Partnerships", in: session) == "2")

        journal.mode = .live
        #expect(try await status(of: "Q4 Partnerships", in: session) == "1")
        #expect(try await session.send(request(.post, "/api/v2/campaigns/\(id)/pause", body: "{}")).status == 200)

        journal.mode = .dryRun
        #expect(try await status(of: "Q4 Partnerships", in: session) == "2")
        #expect(try await session.send(request(.post, "/api/v2/campaigns/\(id)/activate", body: "{}")).status == 200)
        journal.mode = .live
        #expect(try await status(of: "Q4 Partnerships", in: session) == "2")
    }
}
