import Foundation
import InstLanguage
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

/// Secrets in bodies and answers: plans and audit records keep the field names, never the values.
@Suite struct SecretFieldsTests {
    private func redacted(_ json: String, answering request: TransportRequest? = nil) -> String {
        String(decoding: SecretFields.redact(json: Array(json.utf8), answering: request), as: UTF8.self)
    }

    private static func request(
        _ method: HTTPMethod, _ template: String, body: String? = nil, operation: String = "instantly.webhooks.create"
    ) -> TransportRequest {
        TransportRequest(service: .instantly, method: method, pathTemplate: PathTemplate(template),
                         body: body.map { Array($0.utf8) }, operationID: operation, effect: .write)
    }

    @Test(arguments: [
        "password", "imap_password", "smtp_password", "secret", "client_secret", "token", "access_token",
        "refreshToken", "api_key", "apiKey", "APIKey", "x-api-key", "private_key", "Authorization", "X-Inst-Secret",
    ])
    func namesOfSecrets(name: String) {
        #expect(SecretFields.isSecret(name))
    }

    @Test(arguments: ["email", "name", "key", "keyword", "tokens", "monkey", "event_type", "target_hook_url", "passing"])
    func namesOfOrdinaryFields(name: String) {
        #expect(!SecretFields.isSecret(name))
    }

    @Test func headerValuesAndSecretFieldsAreReplacedAndTheirNamesKept() {
        let body = #"{"name":"hook","headers":{"X-Inst-Secret":"s3cret","X-Other":"v"},"event_type":"reply_received"}"#
        #expect(redacted(body) == #"{"name":"hook","headers":{"X-Inst-Secret":"[redacted]","X-Other":"[redacted]"},"event_type":"reply_received"}"#)
        let account = #"{"email":"a@b.test","imap_password":"p1","smtp_password":"p2","warmup":{"token":42,"enabled":true},"note":""}"#
        #expect(redacted(account) == #"{"email":"a@b.test","imap_password":"[redacted]","smtp_password":"[redacted]","warmup":{"token":"[redacted]","enabled":true},"note":""}"#)
        let listed = #"{"items":[{"id":"w1","headers":{"A":"x"}},{"id":"w2","headers":null,"password":""}]}"#
        #expect(redacted(listed) == #"{"items":[{"id":"w1","headers":{"A":"[redacted]"}},{"id":"w2","headers":null,"password":""}]}"#)
    }

    @Test func bytesWithoutSecretsOrNotJSONAreKeptAsTheyAre() {
        for untouched in [#"{ "email" : "a@b.test", "n": 1.50 }"#, "not json", "", #"{"headers":{}}"#] {
            #expect(SecretFields.redact(json: Array(untouched.utf8)) == Array(untouched.utf8))
        }
    }

    @Test func theKeyOfANewAPIKeyIsASecretOnlyInThatAnswer() {
        let answer = #"{"id":"k1","name":"ci","key":"sk_live_123","scopes":["all:read"]}"#
        #expect(redacted(answer, answering: Self.request(.post, "/api/v2/api-keys", operation: "instantly.api_keys.create"))
                == #"{"id":"k1","name":"ci","key":"[redacted]","scopes":["all:read"]}"#)
        #expect(redacted(answer) == answer)
        #expect(redacted(answer, answering: Self.request(.delete, "/api/v2/api-keys/{id}")) == answer)
    }

    @Test func planEntriesKeepTheRedactedBodyAndItsDigest() {
        let body = #"{"target_hook_url":"http://127.0.0.1:4020/","headers":{"X-Inst-Secret":"s3cret"}}"#
        let recorder = PlanRecorder()
        recorder.record(Self.request(.post, "/api/v2/webhooks", body: body), scopes: [], site: nil, warnings: [], planned: true)
        let entry = recorder.entries[0]
        #expect(entry.sequence == 1)
        #expect(entry.bodySHA256 == AuditDigest.sha256(entry.body ?? []))
        #expect(entry.bodySHA256 != AuditDigest.sha256(Array(body.utf8)))
        let kept = String(decoding: entry.body ?? [], as: UTF8.self)
        #expect(kept.contains(#""X-Inst-Secret":"[redacted]""#))
        let journal = RunJournal(runID: "run-1", mode: .dryRun, spend: false, scriptPath: nil, scriptSHA256: nil)
        let plan = recorder.plan(journal: journal, backend: "sim")
        for rendered in [plan.text, String(decoding: (try? plan.json()) ?? [], as: UTF8.self)] {
            #expect(!rendered.contains("s3cret"))
            #expect(rendered.contains("[redacted]"))
        }
    }

    @Test func auditRecordsKeepAnswersWithoutTheirSecrets() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/audit.jsonl"
        let log = try AuditLog(path: path)
        let audit = AuditMiddleware(
            log: log,
            context: { AuditContext(runID: "run-1", mode: .live, scriptPath: nil, scriptSHA256: nil, line: nil) },
            redactAnswer: { SecretFields.redact(json: $1, answering: $0) })
        let service = RecordingTransport { request in
            request.pathTemplate.rawValue.hasSuffix("api-keys")
                ? RecordingTransport.json(#"{"id":"k1","key":"sk_live_123"}"#)
                : RecordingTransport.json(#"{"id":"w1","headers":{"X-Inst-Secret":"s3cret"}}"#)
        }
        let transport = MiddlewareTransport(service, middleware: [audit])
        let hook = Self.request(.post, "/api/v2/webhooks", body: #"{"headers":{"X-Inst-Secret":"s3cret"}}"#)
        let response = try await transport.send(hook)
        #expect(String(decoding: response.body, as: UTF8.self).contains("s3cret"), "the script still gets the answer")
        _ = try await transport.send(Self.request(.post, "/api/v2/api-keys", body: #"{"name":"ci","scopes":[]}"#))
        try log.flush()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let records = AuditRecord.records(in: Array(text.utf8)).records.filter { $0.outcome == .sent }
        #expect(records.count == 2)
        #expect(!text.contains("s3cret") && !text.contains("sk_live_123"))
        #expect(records.compactMap(\.answer) == [
            #"{"id":"w1","headers":{"X-Inst-Secret":"[redacted]"}}"#, #"{"id":"k1","key":"[redacted]"}"#,
        ])
    }
}
