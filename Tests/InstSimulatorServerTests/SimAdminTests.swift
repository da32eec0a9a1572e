import InstSimulator
@testable import InstSimulatorServer
import InstTransport
import Testing

/// The simulator's clock endpoints (`/_sim/…`): advancing moves the clock, then delivers the
/// webhook events due through the simulator's webhook transport.
@Suite struct SimAdminTests {
    private static let start = "2026-11-02T14:00:00.000Z"

    private static func request(_ method: HTTPMethod, _ path: String, body: String? = nil) -> TransportRequest {
        TransportRequest(service: .instantly, method: method, pathTemplate: PathTemplate(path),
                         body: body.map { Array($0.utf8) }, operationID: "", effect: .read)
    }

    /// The answer's JSON, with its status.
    private static func answer(_ clock: ClockEndpoints, _ method: HTTPMethod, _ path: String, body: String? = nil) async throws -> (Int, JSON) {
        let answer = try #require(await clock.answer(request(method, path, body: body)))
        #expect(answer.headers.values(for: "Content-Type") == ["application/json"])
        return (answer.status, try #require(JSON(parsing: answer.body), "not JSON: \(answer.bodyText)"))
    }

    /// Subscribes `target` to reply_received through the simulator's own API.
    private static func subscribe(_ simulator: Simulator, target: String) async throws {
        let body = #"{"target_hook_url":"\#(target)","event_type":"reply_received","headers":{"X-Inst-Secret":"s3"}}"#
        var request = request(.post, "/api/v2/webhooks", body: body)
        request.headers = ["Authorization": "Bearer test-key", "Content-Type": "application/json", "User-Agent": "inst-tests/1.0"]
        let answer = try await simulator.send(request)
        #expect(answer.status == 200, "\(answer.bodyText)")
    }

    @Test func nowReadsTheClock() async throws {
        let (status, body) = try await Self.answer(ClockEndpoints(simulator: Simulator()), .get, "/_sim/now")
        #expect(status == 200)
        #expect(body == ["now": .string(Self.start)])
    }

    @Test(arguments: [(#"{"by": "2d"}"#, "2026-11-04T14:00:00.000Z"), (#"{"by": 90}"#, "2026-11-02T14:01:30.000Z"),
                      (#"{"by": "1h30m"}"#, "2026-11-02T15:30:00.000Z")])
    func advanceMovesTheClockAndSaysSo(body: String, now: String) async throws {
        let simulator = Simulator()
        let (status, answer) = try await Self.answer(ClockEndpoints(simulator: simulator), .post, "/_sim/advance", body: body)
        #expect(status == 200)
        #expect(answer == ["now": .string(now), "webhooks": ["delivered": 0, "failed": 0, "disabled": []]])
        #expect(simulator.now.iso8601 == now)
    }

    @Test func advanceDeliversTheRepliesItProducedOnceEach() async throws {
        let hooks = RecordingTransport()
        let simulator = Simulator(configuration: SimulatorConfiguration(webhookTransport: hooks))
        try await Self.subscribe(simulator, target: "http://127.0.0.1:4999/hook")
        let clock = ClockEndpoints(simulator: simulator)
        let (_, first) = try await Self.answer(clock, .post, "/_sim/advance", body: #"{"by": "2d"}"#)
        let delivered = try #require(first["webhooks"]?["delivered"]?.intValue)
        #expect(delivered > 0)
        #expect(first["webhooks"]?["failed"] == 0)
        #expect(hooks.requests.count == delivered)
        for request in hooks.requests {
            #expect(request.service.rawValue == "http://127.0.0.1:4999")
            #expect(request.path == "/hook")
            #expect(request.headers.values(for: "X-Inst-Secret") == ["s3"])
            #expect(JSON(parsing: request.body ?? [])?["event_type"] == "reply_received")
        }
        let (_, second) = try await Self.answer(clock, .post, "/_sim/advance", body: #"{"by": "1s"}"#)
        #expect(second["webhooks"] == ["delivered": 0, "failed": 0, "disabled": []])
        #expect(hooks.requests.count == delivered)
    }

    @Test func failedDeliveriesAreCounted() async throws {
        let hooks = RecordingTransport()
        let simulator = Simulator(configuration: SimulatorConfiguration(webhookTransport: hooks))
        try await Self.subscribe(simulator, target: "http://127.0.0.1:4999/status/500")
        let (_, answer) = try await Self.answer(ClockEndpoints(simulator: simulator), .post, "/_sim/advance", body: #"{"by": "2d"}"#)
        let failed = try #require(answer["webhooks"]?["failed"]?.intValue)
        #expect(failed > 0)
        #expect(answer["webhooks"]?["delivered"] == 0)
    }

    @Test(arguments: [
        (#"{"by": "soon"}"#, "'soon' is not a duration"),
        (#"{"by": "400d"}"#, "more than the 366 days"),
        (#"{"by": -5}"#, "only moves forward"),
        (#"{"for": "2d"}"#, #"the body must be JSON like {"by": "2d"}"#),
        ("2d", #"the body must be JSON like {"by": "2d"}"#),
    ])
    func aBadDurationIsA400SayingWhy(body: String, message: String) async throws {
        let simulator = Simulator()
        let (status, answer) = try await Self.answer(ClockEndpoints(simulator: simulator), .post, "/_sim/advance", body: body)
        #expect(status == 400)
        #expect(answer["error"]?.stringValue?.contains(message) == true, "\(answer)")
        #expect(simulator.now.iso8601 == Self.start)
    }

    @Test func otherMethodsAndPathsAreRefused() async throws {
        let clock = ClockEndpoints(simulator: Simulator())
        let wrongMethod = try #require(await clock.answer(Self.request(.post, "/_sim/now")))
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.headers.values(for: "Allow") == ["GET"])
        #expect(try #require(await clock.answer(Self.request(.get, "/_sim/advance"))).status == 405)
        #expect(try #require(await clock.answer(Self.request(.get, "/_sim/reset"))).status == 404)
        #expect(await clock.answer(Self.request(.get, "/api/v2/campaigns")) == nil)
        #expect(await clock.answer(Self.request(.get, "/_simulator")) == nil)
    }
}
