import Testing
@testable import InstSimulator

@Suite struct WebhookDeliveryTargetTests {
    @Test func splitsOriginAndPath() throws {
        let target = try #require(WebhookTarget(url: "http://127.0.0.1:4011/hooks/in?x=1#frag"))
        #expect(target.origin == "http://127.0.0.1:4011" && target.host == "127.0.0.1" && target.path == "/hooks/in?x=1")
        #expect(WebhookTarget(url: "http://localhost")?.path == "/")
        #expect(WebhookTarget(url: "https://LocalHost:8443?a=b")?.path == "/?a=b")
        #expect(WebhookTarget(url: "http://[::1]:80/x")?.host == "::1")
    }

    @Test func onlyLoopbackHostsAreLoopback() {
        let loopback = ["http://127.0.0.1/", "http://[::1]/", "http://LOCALHOST:1/"]
        let remote = ["https://hooks.example.com/x", "http://127.0.0.1.evil.test/", "http://10.0.0.1/", "http://localhost.evil.test/"]
        #expect(loopback.allSatisfy { WebhookTarget(url: $0)?.isLoopback == true })
        #expect(remote.allSatisfy { WebhookTarget(url: $0)?.isLoopback == false })
    }

    @Test func rejectsWhatIsNotAPlainURL() {
        let bad = ["ftp://127.0.0.1/", "http://", "http://user@127.0.0.1/", "http://127.0.0.1@evil.test/", "http://[::1/", "http://127.0.0.1:x/", "http://127.0.0.1:123456/"]
        #expect(bad.allSatisfy { WebhookTarget(url: $0) == nil })
    }
}
