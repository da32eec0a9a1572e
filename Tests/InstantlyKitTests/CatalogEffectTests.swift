import APISchema
import InstTransport
import InstantlyKit
import Testing

@Suite struct CatalogEffectTests {
    @Test func countsPerEffect() {
        let operations = InstantlyCatalog.operations
        #expect(operations.count { $0.effect == .read } == 81)
        #expect(operations.count { $0.effect == .metered } == 1)
        #expect(operations.count { $0.effect == .write } == 86)
    }

    @Test func everyGetIsARead() {
        for operation in InstantlyCatalog.operations where operation.method == .get {
            #expect(operation.effect == .read, "\(operation.name)")
        }
    }

    @Test func everyPatchPutAndDeleteIsAWrite() {
        for operation in InstantlyCatalog.operations where [.patch, .put, .delete].contains(operation.method) {
            #expect(operation.effect == .write, "\(operation.name)")
        }
    }

    @Test func aPostIsAReadExactlyWhenAReadScopeAllowsItOrItIsADomainLookUp() {
        let lookUps: Set = ["instantly.dfy_email_account_orders.domains_similar", "instantly.dfy_email_account_orders.domains_check"]
        for operation in InstantlyCatalog.operations where operation.method == .post && operation.effect != .metered {
            let query = operation.scopes.contains { $0.hasSuffix(":read") } || lookUps.contains(operation.name)
            #expect((operation.effect == .read) == query, "\(operation.name)")
        }
    }
}
