import InstSimulator
import InstTransport

/// The simulator's clock over HTTP, beside the services on the same loopback port, for
/// `inst sim advance` / `inst sim now` and for tests:
///
///     POST /_sim/advance  {"by": "2d"}   → {"now": "2026-11-04T14:00:00.000Z", "webhooks": {"delivered": 3, "failed": 0, "disabled": []}}
///     GET  /_sim/now                     → {"now": "2026-11-02T14:00:00.000Z"}
///
/// `by` takes the syntax and limit of `sim.advance` (``SimDuration``), or a number of seconds.
/// Advancing moves the clock (campaigns send, leads reply, webhook events are recorded), then
/// delivers the webhook events now due before answering. Errors answer
/// `{"error": "…"}`: 400 for a bad body or duration, 404 for another `/_sim/` path, 405 for another method.
struct ClockEndpoints: Sendable {
    /// Paths under it are the clock's; no Instantly or GoHighLevel path starts with it.
    static let prefix = "/_sim/"

    let simulator: Simulator

    /// The answer to `request`, or `nil` when it is not a clock request (the simulator's, then).
    func answer(_ request: TransportRequest) async -> TransportResponse? {
        guard request.path.hasPrefix(Self.prefix) else { return nil }
        switch (request.path, request.method) {
        case ("/_sim/now", .get):
            return Self.json(200, ["now": .string(simulator.now.iso8601)])
        case ("/_sim/advance", .post):
            return await advance(request.body ?? [])
        case ("/_sim/now", _), ("/_sim/advance", _):
            let allowed = request.path == "/_sim/now" ? "GET" : "POST"
            var answer = Self.error(405, "\(request.path) answers \(allowed) only")
            answer.headers.append(allowed, for: "Allow")
            return answer
        default:
            return Self.error(404, "no such simulator endpoint: \(request.path) (there are POST /_sim/advance and GET /_sim/now)")
        }
    }

    private func advance(_ body: [UInt8]) async -> TransportResponse {
        let seconds: Int
        do throws(SimDuration.Invalid) {
            seconds = try Self.seconds(in: body)
        } catch {
            return Self.error(400, error.message)
        }
        simulator.advance(by: .seconds(seconds))
        let report = await simulator.deliverWebhooks()
        let webhooks: JSONObject = [
            "delivered": .int(report.delivered), "failed": .int(report.failed),
            "disabled": .array(report.disabled.map(JSON.string)),
        ]
        return Self.json(200, ["now": .string(simulator.now.iso8601), "webhooks": .object(webhooks)])
    }

    /// The step a body `{"by": "2d"}` or `{"by": 3600}` asks for.
    static func seconds(in body: [UInt8]) throws(SimDuration.Invalid) -> Int {
        switch JSON(parsing: body)?["by"] {
        case .string(let text)?: return try SimDuration.seconds(in: text)
        case .int(let seconds)?: return try SimDuration.checked(seconds, String(seconds))
        default:
            throw SimDuration.Invalid(message: #"the body must be JSON like {"by": "2d"}: a duration (2d, 3h, 90m, 30s, 1h30m) or a number of seconds"#)
        }
    }

    static func json(_ status: Int, _ object: JSONObject) -> TransportResponse {
        TransportResponse(status: status, headers: ["Content-Type": "application/json"], body: JSON.object(object).serialized)
    }

    static func error(_ status: Int, _ message: String) -> TransportResponse {
        json(status, ["error": .string(message)])
    }
}
