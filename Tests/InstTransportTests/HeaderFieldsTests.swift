import InstTransport
import Testing

@Suite struct HeaderFieldsTests {
    @Test func lookupIgnoresCase() {
        let headers: HeaderFields = ["Content-Type": "application/json", "X-RateLimit-Remaining": "99"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["x-ratelimit-remaining"] == "99")
        #expect(headers.contains("x-RateLimit-remaining"))
        #expect(headers["Retry-After"] == nil)
    }

    @Test func settingReplacesEveryFieldOfThatNameInPlace() {
        var headers: HeaderFields = ["Accept": "*/*", "Set-Cookie": "a=1", "Version": "2021-07-28"]
        headers.append("b=2", for: "set-cookie")
        headers["SET-COOKIE"] = "c=3"
        #expect(headers.values(for: "set-cookie") == ["c=3"])
        #expect(headers.map(\.name) == ["Accept", "Set-Cookie", "Version"])
    }

    @Test func settingNilRemovesEveryFieldOfThatName() {
        var headers: HeaderFields = ["Content-Type": "application/json"]
        headers.append("text/plain", for: "content-type")
        headers["Content-type"] = nil
        #expect(headers.isEmpty)
    }

    @Test func repeatedNamesKeepTheirOrder() {
        var headers = HeaderFields()
        headers.append("a", for: "X-Tag")
        headers.append("1", for: "Other")
        headers.append("b", for: "x-tag")
        #expect(headers.values(for: "X-TAG") == ["a", "b"])
        #expect(headers["x-tag"] == "a")
        #expect(headers.count == 3)
    }

    @Test func equalityIgnoresNameCaseButNotValueCase() {
        let lower: HeaderFields = ["authorization": "Bearer k"]
        #expect(lower == ["Authorization": "Bearer k"])
        #expect(lower != ["Authorization": "bearer k"])
    }
}

@Suite struct HeaderFieldsRedactionTests {
    @Test func credentialsAreRedactedInDescriptions() {
        let headers: HeaderFields = [
            "Accept": "application/json", "authorization": "Bearer k1", "Cookie": "s=k2", "X-API-KEY": "k3",
        ]
        #expect(headers.description == "[Accept: application/json, authorization: <redacted>, Cookie: <redacted>, X-API-KEY: <redacted>]")
        #expect(headers.redacted["Accept"] == "application/json")
        #expect(headers["Authorization"] == "Bearer k1")
        var dumped = ""
        dump(headers, to: &dumped)
        for text in [headers.description, String(reflecting: headers), dumped, "\(["h": headers])"] {
            #expect(!text.contains("k1") && !text.contains("k2") && !text.contains("k3"))
        }
    }
}
