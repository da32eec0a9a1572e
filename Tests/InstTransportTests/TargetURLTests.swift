import Testing
import InstTransport

@Suite struct TargetURLTests {
    @Test func splitsOriginAndPath() throws {
        let target = try #require(TargetURL(url: "http://127.0.0.1:4011/hooks/in?x=1#frag"))
        #expect(target.origin == "http://127.0.0.1:4011" && target.host == "127.0.0.1" && target.path == "/hooks/in?x=1")
        #expect(TargetURL(url: "http://localhost")?.path == "/")
        #expect(TargetURL(url: "https://LocalHost:8443?a=b")?.path == "/?a=b")
        #expect(TargetURL(url: "http://[::1]:80/x")?.host == "::1")
    }

    @Test func onlyLoopbackHostsAreLoopback() {
        let loopback = ["http://127.0.0.1/", "http://[::1]/", "http://LOCALHOST:1/", "http://127.1.2.3:4020/"]
        let remote = ["https://hooks.example.com/x", "http://127.0.0.1.evil.test/", "http://10.0.0.1/", "http://localhost.evil.test/",
                      "http://127.0.0.256/", "http://127.0.1/", "http://128.0.0.1/"]
        #expect(loopback.allSatisfy { TargetURL(url: $0)?.isLoopback == true })
        #expect(remote.allSatisfy { TargetURL(url: $0)?.isLoopback == false })
    }

    @Test func rejectsWhatIsNotAPlainURL() {
        let bad = ["ftp://127.0.0.1/", "http://", "http://user@127.0.0.1/", "http://127.0.0.1@evil.test/", "http://[::1/", "http://127.0.0.1:x/", "http://127.0.0.1:123456/"]
        #expect(bad.allSatisfy { TargetURL(url: $0) == nil })
    }
}
