extension InstantlyWorkspace {
    /// Verification credits a fresh workspace holds; each `POST /email-verification` uses one.
    static let verificationCredits = 10_000

    /// `POST /email-verification`: uses a credit and answers at once; `slow.test` answers `pending`.
    mutating func startVerification(_ email: String) -> JSONObject {
        // A new request starts the polls again; the POST itself is not a poll.
        let record: JSONObject = ["email": .string(email), "polls": 0, "timestamp_created": .string(now.iso8601)]
        verifications[email.lowercased()] = record
        return verificationAnswer(record, creditsUsed: 1)
    }

    /// `GET /email-verification/{email}`: counts the poll, then answers the current verdict.
    mutating func pollVerification(_ email: String) throws(SimError) -> JSONObject {
        guard var record = verifications[email.lowercased()] else { throw .notFound("Email verification not found") }
        let answer = verificationAnswer(record, creditsUsed: 0)
        record["polls"] = .int((record["polls"]?.intValue ?? 0) + 1)
        verifications[email.lowercased()] = record
        return answer
    }

    private func verificationAnswer(_ record: JSONObject, creditsUsed: Int) -> JSONObject {
        let email = record["email"]?.stringValue ?? ""
        let (status, catchAll) = EmailVerdict(email: email).fields(afterPolls: record["polls"]?.intValue ?? 0)
        return [
            "status": "success", "email": .string(email), "verification_status": .string(status), "catch_all": catchAll,
            "credits": .int(max(0, Self.verificationCredits - verifications.count)), "credits_used": .int(creditsUsed),
        ]
    }
}
