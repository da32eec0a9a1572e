import InstTransport

/// Answers webhook deliveries at once (the simulator server's HTTP front end serves it): 401
/// without the secret header, 405 for anything but POST, 400 for a body that is not a JSON object
/// with an `event_type`, else 200 after queueing the delivery (a repeat is acknowledged and dropped).
struct WebhookReceiver: Transport {
    let secret: WebhookSecret
    let inbox: DeliveryInbox

    var preferredExecutor: (any TaskExecutor)? { nil }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        guard secret.matches(request.headers[WebhookSecret.header]) else {
            return Self.answer(401, #"{"error":"missing or wrong X-Inst-Secret header"}"#)
        }
        guard request.method == .post else {
            return Self.answer(405, #"{"error":"deliveries are POST requests"}"#)
        }
        let delivery: WebhookDelivery
        do {
            delivery = try WebhookDelivery(body: request.body ?? [])
        } catch .notJSON {
            return Self.answer(400, #"{"error":"the body must be a JSON object"}"#)
        } catch {
            return Self.answer(400, #"{"error":"the payload has no event_type"}"#)
        }
        let isNew = inbox.add(delivery)
        return Self.answer(200, isNew ? #"{"received":true}"# : #"{"received":true,"duplicate":true}"#)
    }

    private static func answer(_ status: Int, _ json: String) -> TransportResponse {
        TransportResponse(status: status, headers: ["Content-Type": "application/json"], body: Array(json.utf8))
    }
}
