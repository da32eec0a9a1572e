import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What a user does outside scripts against the simulator of a ``ServedWorkspace``: moving its
/// clock, and plain HTTP for what they would click in Instantly's UI.
extension ServedWorkspace {
    /// `inst sim advance DURATION` against the simulator; its output, and the delivered and failed
    /// counts from its `webhooks: N delivered, N failed` line.
    func advance(_ duration: String) async throws -> (output: String, delivered: Int, failed: Int) {
        let outcome = try await inst(["sim", "advance", duration])
        guard outcome.status == 0 else { throw ServingInst.Failure(description: "inst sim advance failed: \(outcome.error)") }
        let words = outcome.output.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == ";" })
        func count(before word: String) -> Int? {
            words.firstIndex(of: Substring(word)).flatMap { $0 > 0 ? Int(words[$0 - 1]) : nil }
        }
        guard let delivered = count(before: "delivered"), let failed = count(before: "failed") else {
            throw ServingInst.Failure(description: "no counts in: \(outcome.output)")
        }
        return (outcome.output, delivered, failed)
    }

    /// Creates a webhook with a plain `POST /api/v2/webhooks`; its id.
    func subscribe(target: String, eventType: String, headers: [String: String]) async throws -> String {
        let body: [String: Any] = ["name": "loop test", "target_hook_url": target, "event_type": eventType, "headers": headers]
        let answer = try await send("POST", "/api/v2/webhooks", body: try JSONSerialization.data(withJSONObject: body))
        guard let id = answer["id"] as? String else { throw ServingInst.Failure(description: "no webhook id in \(answer)") }
        return id
    }

    /// `GET /api/v2/webhooks/{id}`.
    func webhook(_ id: String) async throws -> [String: Any] {
        try await send("GET", "/api/v2/webhooks/\(id)", body: nil)
    }

    private func send(_ method: String, _ path: String, body: Data?) async throws -> [String: Any] {
        guard let url = URL(string: base + path) else { throw ServingInst.Failure(description: "bad path \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("Bearer test-key", forHTTPHeaderField: "Authorization")
        request.setValue("inst-tests/1.0", forHTTPHeaderField: "User-Agent")
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200, let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ServingInst.Failure(description: "\(method) \(path): \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }
}
