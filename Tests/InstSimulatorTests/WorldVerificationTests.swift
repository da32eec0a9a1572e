import InstTransport
import Testing
@testable import InstSimulator

@Suite struct WorldVerificationTests {
    @Test(arguments: [
        ("maya@harborhealth.test", "verified", JSON.bool(false)),
        ("nobody@invalid.test", "invalid", JSON.bool(false)),
        ("anyone@catchall.test", "verified", JSON.bool(true)),
        ("bouncy@bounce.test", "verified", JSON.bool(false)),
        ("not-an-address", "invalid", JSON.bool(false)),
    ])
    func reservedDomainsDecideTheVerdict(email: String, status: String, catchAll: JSON) async throws {
        let simulator = Simulator.world()
        let answer = try await simulator.call(.post, "/api/v2/email-verification", json: ["email": .string(email)])
        #expect(answer.status == 200)
        #expect(answer.json["email"]?.stringValue == email)
        #expect(answer.json["verification_status"]?.stringValue == status)
        #expect(answer.json["catch_all"] == catchAll)
        #expect(answer.json["status"] == "success")
        #expect(answer.json["credits_used"] == 1)
        let polled = try await simulator.call(.get, "/api/v2/email-verification/\(email)")
        if email.contains("@") {
            #expect(polled.json["verification_status"]?.stringValue == status)
        } else {
            #expect(polled.status == 400)  // the path parameter must be an email (the spec's format)
        }
    }

    @Test func slowDomainIsPendingForTwoPollsThenVerified() async throws {
        let simulator = Simulator.world()
        let started = try await simulator.call(.post, "/api/v2/email-verification", json: ["email": "late@slow.test"])
        #expect(started.json["verification_status"] == "pending")
        #expect(started.json["catch_all"] == "pending")
        var statuses: [String] = []
        for _ in 0..<4 {
            let poll = try await simulator.call(.get, "/api/v2/email-verification/late%40slow.test")
            statuses.append(poll.json["verification_status"]?.stringValue ?? "?")
        }
        #expect(statuses == ["pending", "pending", "verified", "verified"])
    }

    @Test func pollingAnAddressNeverSubmittedIs404() async throws {
        let answer = try await Simulator.world().call(.get, "/api/v2/email-verification/ghost@acme.test")
        #expect(answer.status == 404)
        #expect(answer.json["statusCode"] == 404)
    }

    @Test func eachVerificationUsesACredit() async throws {
        let simulator = Simulator.world()
        let first = try await simulator.call(.post, "/api/v2/email-verification", json: ["email": "a@acme.test"])
        let second = try await simulator.call(.post, "/api/v2/email-verification", json: ["email": "b@acme.test"])
        #expect((first.json["credits"]?.intValue ?? 0) - (second.json["credits"]?.intValue ?? 0) == 1)
    }
}
