import InstTransport
import Testing
@testable import InstRuntime

@Suite struct GovernorSpecTests {
    @Test func parsesNamesCountsAndPeriods() throws {
        let cases: [(String, String, Int, Duration)] = [
            ("instantly=600/min", "instantly", 600, .seconds(60)),
            ("ghl=100/10s", "ghl", 100, .seconds(10)),
            ("instantly.emails=20/min", "instantly.emails", 20, .seconds(60)),
            ("ghl.day=200000/day", "ghl.day", 200_000, .seconds(86_400)),
            ("x=5/250ms", "x", 5, .milliseconds(250)),
            ("x=1/2h", "x", 1, .seconds(7200)),
        ]
        for (text, name, count, period) in cases {
            let spec = try RateSpec(parsing: text)
            #expect(spec.bucket == name && spec.limit.count == count && spec.limit.period == period && spec.limit.burst == 1)
        }
    }

    @Test func refusesBadSpecsWithClearErrors() {
        #expect(throws: RateSpecError.malformed("instantly")) { try RateSpec(parsing: "instantly") }
        #expect(throws: RateSpecError.malformed("=5/s")) { try RateSpec(parsing: "=5/s") }
        #expect(throws: RateSpecError.malformed("a=x/s")) { try RateSpec(parsing: "a=x/s") }
        #expect(throws: RateSpecError.nonPositiveCount("a=0/s")) { try RateSpec(parsing: "a=0/s") }
        #expect(throws: RateSpecError.unknownUnit("a=5/fortnight", unit: "fortnight")) { try RateSpec(parsing: "a=5/fortnight") }
        #expect(throws: RateSpecError.outOfRange("a=5/400day")) { try RateSpec(parsing: "a=5/400day") }
        #expect(throws: RateSpecError.outOfRange("a=5/0s")) { try RateSpec(parsing: "a=5/0s") }
        #expect(RateSpecError.unknownUnit("a=5/y", unit: "y").description
            == "invalid rate \"a=5/y\": unknown period unit \"y\" (use ms, s, min, h or day)")
    }

    @Test func specsOverrideBucketsAndUnknownNamesAreRefused() throws {
        let configuration = try RateGovernorConfiguration.documented.applying([try RateSpec(parsing: "instantly=600/min")])
        #expect(configuration.buckets.first { $0.name == "instantly" }?.limit.count == 600)
        #expect(throws: RateSpecError.unknownBucket("nope", known: RateGovernorConfiguration.documented.names)) {
            try RateGovernorConfiguration.documented.applying([try RateSpec(parsing: "nope=1/s")])
        }
    }

    @Test func requestsSpendFromEveryBucketThatApplies() {
        func names(_ service: ServiceName, _ method: HTTPMethod, _ path: PathTemplate) -> [String] {
            let request = TransportRequest(service: service, method: method, pathTemplate: path, operationID: "x", effect: .read)
            return RateGovernorConfiguration.documented.buckets(for: request).map(\.name)
        }
        #expect(names(.instantly, .get, "/api/v2/campaigns") == ["instantly", "instantly.second"])
        #expect(names(.instantly, .get, "/api/v2/emails") == ["instantly", "instantly.second", "instantly.emails"])
        #expect(names(.instantly, .post, "/api/v2/emails/test") == ["instantly", "instantly.second", "instantly.emails.test"])
        #expect(names(.highLevel, .get, "/contacts/") == ["ghl", "ghl.day"])
        #expect(names(.highLevel, .post, "/oauth/token") == ["ghl", "ghl.day", "ghl.oauth"])
    }
}
