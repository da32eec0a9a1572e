import InstRuntime

/// The events whose handler finished, kept across runs of `inst serve --live` next to the
/// script's `state` marks (`…/scripts/<sha256 of its path>.events.json`), so a delivery Instantly
/// repeats after a restart is not handled twice. Dry-runs keep them in memory only. Keys are
/// digests of the delivery's identity: the file holds no lead emails.
struct HandledEvents: Sendable {
    private let store: StateStore

    init(journal: RunJournal) {
        let scriptStore = StateStore.forRun(journal)
        let file = scriptStore.file.map { ($0.hasSuffix(".json") ? String($0.dropLast(5)) : $0) + ".events.json" }
        store = StateStore(file: file, script: scriptStore.script, journal: journal)
    }

    func contains(_ delivery: WebhookDelivery) throws -> Bool {
        try store.seen(Self.key(delivery))
    }

    func insert(_ delivery: WebhookDelivery) throws {
        try store.mark(Self.key(delivery))
    }

    private static func key(_ delivery: WebhookDelivery) -> String {
        "event:" + AuditDigest.sha256(Array(delivery.identity.utf8))
    }
}
