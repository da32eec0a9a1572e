import APISchema
import InstLanguage

/// Law 11: `instantly.verify EMAIL` verifies an address and waits for the answer.
///
/// `POST /api/v2/email-verification {email}` (metered: it spends a credit) answers at once or
/// with `verification_status: "pending"`; while pending, `GET /api/v2/email-verification/{email}`
/// is polled after 1 s, 2 s, 4 s, … (at most 30 s apart, at most ``maxPolls`` polls, about three
/// minutes in all). The polls are part of the one verification, so the command needs only the
/// `email_verifications:create` scope. Returns the final answer; still pending after the last poll
/// is a catchable error (`code: "verification_pending"`, retryable).
struct VerifyCommand: Sendable {
    static let name = "instantly.verify"
    /// The most polls after the first answer.
    static let maxPolls = 10
    static let firstDelay: Duration = .seconds(1)
    static let longestDelay: Duration = .seconds(30)

    let client: APIClient
    let sleep: @Sendable (Duration) throws -> Void
    let binding = InstantlyBinding()

    var command: CommandSpec {
        CommandSpec(
            Self.name, summary: "Verify an email address, polling while the answer is pending (law 11)",
            discussion: """
            POST /api/v2/email-verification {email}, then GET /api/v2/email-verification/{email} while \
            verification_status is "pending": after 1 s, 2 s, 4 s, … (at most 30 s apart, at most \
            \(Self.maxPolls) polls). Returns the final answer (verification_status: verified, invalid, …; \
            catch_all). Metered: each verification spends a credit. Scopes: \
            \(InstantlyCatalog.emailVerificationCreate.scopes.joined(separator: ", ")) (the polls belong \
            to the same verification). Still pending after the last poll: an error with code \
            verification_pending.
            Law 1: sent with a browser User-Agent. Law 11: verification is asynchronous.
            """,
            parameters: [ParameterSpec("email", required: true, type: "string", help: "the address to verify")],
            effect: .metered
        ) { arguments, context in
            guard case .string(let email)? = arguments["email"], !email.isEmpty else {
                throw APIError.invalidArgument("email", "an email address (a non-empty string) is required").scriptError
            }
            return try verify(email, interrupts: { try context.checkInterrupts() })
        }
    }

    func verify(_ email: String, interrupts: () throws -> Void) throws -> Value {
        let create = OperationBinding(InstantlyCatalog.emailVerificationCreate, service: binding)
        var answer = try create.perform(APICall(body: ["email": .string(email)]), client: client, interrupts: interrupts)
        let poll = OperationBinding(InstantlyCatalog.emailVerificationGet, service: binding)
        var delay = Self.firstDelay
        var waited: Duration = .zero
        for _ in 0..<Self.maxPolls where Self.isPending(answer) {
            try interrupts()
            try sleep(delay)
            waited += delay
            delay = min(delay * 2, Self.longestDelay)
            answer = try poll.perform(APICall(path: ["email": email]), client: client, interrupts: interrupts)
        }
        guard !Self.isPending(answer) else {
            throw APIError(
                status: nil, code: "verification_pending",
                message: "\(email) is still pending after \(Self.maxPolls) polls over \(waited.components.seconds) s",
                hint: "ask again later with instantly.email_verification.get \(email)", retryable: true,
                method: "GET", path: "/api/v2/email-verification/\(email)"
            ).scriptError
        }
        return answer
    }

    static func isPending(_ answer: Value) -> Bool {
        if case .map(let map) = answer, case .string("pending")? = map["verification_status"] { return true }
        return false
    }
}
