import APISchema
import InstLanguage
import InstTransport
import InstantlyKit

/// `inst serve --register`: makes sure Instantly has one webhook per event type the script
/// handles, pointing at `target` and carrying the `X-Inst-Secret` header. A webhook with the same
/// `target_hook_url` and `event_type` is updated (its `headers` PATCHed, other headers kept), or
/// left alone when it already carries the secret; else one is created. A matching webhook
/// Instantly disabled after failed deliveries (`status` -1) is resumed. The calls go through
/// `transport` — the backend's layers — so they are audited, governed, and planned in a dry-run.
struct WebhookRegistration: Sendable {
    /// The backend's transport, middleware included.
    let transport: any Transport
    /// The URL deliveries go to (`target_hook_url`).
    let target: String
    /// The script's file name, for the webhooks' names (`inst serve hooks.inst reply_received`).
    let scriptName: String
    let secret: String

    /// What registration did for one event type.
    struct Outcome: Sendable, Equatable {
        enum Action: String, Sendable {
            case created, updated, unchanged
        }

        var action: Action
        /// The webhook's id (`nil` when a planned answer had none).
        var id: String?
        var eventType: String
        /// Whether the write was planned, not sent (dry-run).
        var planned: Bool
        /// Whether the webhook was disabled and has been resumed (or planned to be).
        var resumed = false
    }

    /// A call Instantly answered with an error, or an answer that was not what the API documents.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// What to do about it (Instantly's hint for the status: the scopes the key lacks, …).
        var fix: String?
    }

    /// Registers a webhook for each of `eventTypes` (subscription names, ``EventNames/subscriptions(for:)``).
    func register(_ eventTypes: [String]) async throws -> [Outcome] {
        let existing = try await webhooks()
        var outcomes: [Outcome] = []
        for eventType in eventTypes {
            let match = existing.first { hook in
                hook["target_hook_url"]?.formatted() == target && hook["event_type"]?.formatted() == eventType
            }
            if let match {
                outcomes.append(try await update(match, eventType: eventType))
            } else {
                outcomes.append(try await create(eventType))
            }
        }
        return outcomes
    }

    /// Every webhook of the workspace (all pages, at most ``pageLimit`` of them).
    private func webhooks() async throws -> [ValueMap] {
        var hooks: [ValueMap] = []
        var after: String?
        for _ in 0..<Self.pageLimit {
            var query = ValueMap([("limit", .int(100))])
            if let after { query["starting_after"] = .string(after) }
            let page = try await send("instantly.webhooks.list", query: query)
            guard case .list(let items)? = page["items"] else {
                throw Failure(description: "GET /api/v2/webhooks: the answer has no items list")
            }
            hooks += items.compactMap { if case .map(let hook) = $0 { hook } else { nil } }
            guard case .string(let next)? = page["next_starting_after"], !next.isEmpty, next != after, !items.isEmpty else {
                return hooks
            }
            after = next
        }
        return hooks
    }

    private func create(_ eventType: String) async throws -> Outcome {
        let body: Value = .map(ValueMap([
            ("name", .string("inst serve \(scriptName) \(eventType)")),
            ("target_hook_url", .string(target)),
            ("event_type", .string(eventType)),
            ("headers", .map(ValueMap([(WebhookSecret.header, .string(secret))]))),
        ]))
        let answer = try await send("instantly.webhooks.create", body: body)
        return Outcome(action: .created, id: Self.id(answer), eventType: eventType, planned: Self.isPlanned(answer))
    }

    private func update(_ hook: ValueMap, eventType: String) async throws -> Outcome {
        guard let id = Self.id(hook) else {
            throw Failure(description: "GET /api/v2/webhooks: a webhook for \(eventType) has no id")
        }
        var outcome = try await updateHeaders(of: hook, id: id, eventType: eventType)
        if case .int(let status)? = hook["status"], status < 0 {
            let answer = try await send("instantly.webhooks.resume", path: ["id": id], body: .map(ValueMap()))
            outcome.resumed = true
            outcome.planned = outcome.planned || Self.isPlanned(answer)
        }
        return outcome
    }

    /// PATCHes the webhook's `headers` to carry the secret, unless they already do.
    private func updateHeaders(of hook: ValueMap, id: String, eventType: String) async throws -> Outcome {
        var headers = ValueMap()
        if case .map(let current)? = hook["headers"] { headers = current }
        let named = headers.keys.filter { $0.lowercased() == WebhookSecret.header.lowercased() }
        if named.map({ headers[$0] }) == [.string(secret)] {
            return Outcome(action: .unchanged, id: id, eventType: eventType, planned: false)
        }
        for name in named { _ = headers.removeValue(forKey: name) }
        headers[WebhookSecret.header] = .string(secret)
        let answer = try await send("instantly.webhooks.update", path: ["id": id], body: .map(ValueMap([("headers", .map(headers))])))
        return Outcome(action: .updated, id: id, eventType: eventType, planned: Self.isPlanned(answer))
    }

    /// Sends the catalog's `operation`; its answer, a JSON object. A non-2xx answer throws.
    private func send(
        _ operation: String, path values: [String: String] = [:], query: ValueMap = ValueMap(), body: Value? = nil
    ) async throws -> ValueMap {
        guard let operation = InstantlyCatalog.operation(named: operation) else {
            throw Failure(description: "the catalog has no \(operation)")
        }
        let request = try OperationBinding(operation, service: InstantlyBinding())
            .request(for: APICall(path: values, query: query, body: body))
        let response = try await transport.send(request)
        switch InstantlyResponse.result(of: response, for: operation) {
        case .success(.map(let fields)):
            return fields
        case .success:
            throw Failure(description: "\(operation.method) \(operation.path): the answer is not a JSON object")
        case .failure(let error):
            throw Failure(
                description: "\(operation.method) \(operation.path): Instantly answered \(response.status): \(error.message)",
                fix: error.hint)
        }
    }

    /// At most this many pages of webhooks are read (100 each).
    static let pageLimit = 50

    private static func id(_ hook: ValueMap) -> String? {
        if case .string(let id)? = hook["id"], !id.isEmpty { id } else { nil }
    }

    /// The planning layer flags the answers it made up with `"dry_run": true`.
    private static func isPlanned(_ answer: ValueMap) -> Bool {
        answer["dry_run"] == .bool(true)
    }
}
