import InstTransport
import Synchronization
import Testing

@Suite(.timeLimit(.minutes(1))) struct RetryMiddlewareTests {
    /// A fixed wall-clock time for `Retry-After` dates: Wed, 21 Oct 2015 07:28:00 GMT.
    static let now: Int64 = 1_445_412_480

    /// A transport answering from a script of outcomes, one per send, repeating the last.
    private func scripted(_ outcomes: [Result<TransportResponse, TransportError>]) -> RecordingTransport {
        let sent = Mutex(0)
        return RecordingTransport { _ in
            let index = sent.withLock { count in defer { count += 1 }; return min(count, outcomes.count - 1) }
            return try outcomes[index].get()
        }
    }

    private func retrying(_ base: RecordingTransport, clock: ManualClock, seed: UInt64 = 7) -> MiddlewareTransport {
        let retry = RetryMiddleware(policy: RetryPolicy(), clock: clock, random: SeededRandom(seed: seed), now: { Self.now })
        return MiddlewareTransport(base, middleware: [retry])
    }

    private static func status(_ code: Int, _ headers: HeaderFields = HeaderFields()) -> Result<TransportResponse, TransportError> {
        .success(TransportResponse(status: code, headers: headers))
    }

    @Test func aReadIsRetriedAfter5xxWithJitteredExponentialBackoff() async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(503), Self.status(502), Self.status(200)])
        let task = Task { try await retrying(base, clock: clock).send(.sample()) }
        let first = await clock.advanceToNextWake()
        let second = await clock.advanceToNextWake()
        let response = try await task.value

        #expect(response.status == 200)
        #expect(base.requests.count == 3)
        #expect(first >= .zero && first <= .milliseconds(500))
        #expect(second >= .zero && second <= .seconds(1))
        #expect(clock.sleeps == [first, second])
    }

    @Test func theSameSeedGivesTheSameWaits() async throws {
        func waits(seed: UInt64) async throws -> [Duration] {
            let clock = ManualClock()
            let base = scripted([Self.status(500), Self.status(500), Self.status(500), Self.status(500)])
            let task = Task { try await retrying(base, clock: clock, seed: seed).send(.sample()) }
            for _ in 0..<3 { await clock.advanceToNextWake() }
            #expect(try await task.value.status == 500)
            #expect(base.requests.count == RetryPolicy().maxAttempts)
            return clock.sleeps
        }
        let first = try await waits(seed: 42)
        #expect(try await waits(seed: 42) == first)
        #expect(try await waits(seed: 43) != first)
    }

    @Test(arguments: [RequestEffect.write, .metered])
    func aWriteOrMeteredCallIsNotResentAfter5xxOrAFault(effect: RequestEffect) async throws {
        let clock = ManualClock()
        let failing = scripted([Self.status(503), Self.status(200)])
        let response = try await retrying(failing, clock: clock).send(.sample(method: .post, effect: effect))
        #expect(response.status == 503)
        #expect(failing.requests.count == 1)

        let dropped = scripted([.failure(.connection("connection reset by 127.0.0.1:9")), Self.status(200)])
        await #expect(throws: TransportError.connection("connection reset by 127.0.0.1:9")) {
            try await retrying(dropped, clock: clock).send(.sample(method: .post, effect: effect))
        }
        #expect(dropped.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func aMeteredGetIsSafeToRepeat() async throws {
        let clock = ManualClock()
        let base = scripted([.failure(.timeout(after: .seconds(30))), Self.status(200)])
        let task = Task { try await retrying(base, clock: clock).send(.sample(method: .get, effect: .metered)) }
        await clock.advanceToNextWake()
        #expect(try await task.value.status == 200)
        #expect(base.requests.count == 2)
    }

    @Test func a429IsRetriedForAWriteAfterRetryAfterSeconds() async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(429, ["Retry-After": "2"]), Self.status(201)])
        let task = Task { try await retrying(base, clock: clock).send(.sample(method: .post, effect: .write)) }
        #expect(await clock.advanceToNextWake() == .seconds(2))
        #expect(try await task.value.status == 201)
        #expect(base.requests.count == 2)
    }

    @Test func retryAfterMayBeAnHTTPDate() async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(429, ["Retry-After": "Wed, 21 Oct 2015 07:28:05 GMT"]), Self.status(200)])
        let task = Task { try await retrying(base, clock: clock).send(.sample()) }
        #expect(await clock.advanceToNextWake() == .seconds(5))
        #expect(try await task.value.status == 200)
    }

    @Test func aRetryAfterBeyondTheCapReturnsThe429() async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(429, ["Retry-After": "3600"]), Self.status(200)])
        let response = try await retrying(base, clock: clock).send(.sample())
        #expect(response.status == 429)
        #expect(response.headers["Retry-After"] == "3600")
        #expect(base.requests.count == 1)
    }

    @Test func transientFaultsOnAReadAreRetriedUpToTheLimitThenThrown() async throws {
        let clock = ManualClock()
        let base = scripted([.failure(.connection("connection refused by 127.0.0.1:9"))])
        let task = Task { try await retrying(base, clock: clock).send(.sample()) }
        for _ in 1..<RetryPolicy().maxAttempts { await clock.advanceToNextWake() }
        await #expect(throws: TransportError.connection("connection refused by 127.0.0.1:9")) { try await task.value }
        #expect(base.requests.count == RetryPolicy().maxAttempts)
    }

    @Test(arguments: [400, 401, 403, 404, 409, 422, 501])
    func clientErrorsAndNotImplementedAreNotRetried(status: Int) async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(status), Self.status(200)])
        #expect(try await retrying(base, clock: clock).send(.sample()).status == status)
        #expect(base.requests.count == 1)
    }

    @Test func permanentErrorsAreThrownAtOnce() async throws {
        let clock = ManualClock()
        let base = scripted([.failure(.bodyTooLarge(limit: 1024)), Self.status(200)])
        await #expect(throws: TransportError.bodyTooLarge(limit: 1024)) { try await retrying(base, clock: clock).send(.sample()) }
        #expect(base.requests.count == 1)
    }

    @Test func aWaitPastTheDeadlineIsNotTaken() async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(429, ["Retry-After": "30"]), Self.status(200)])
        var request = TransportRequest.sample()
        request.deadline = .now + .seconds(5)
        #expect(try await retrying(base, clock: clock).send(request).status == 429)
        #expect(base.requests.count == 1)
    }

    @Test func cancellingDuringAWaitThrowsCancelled() async throws {
        let clock = ManualClock()
        let base = scripted([Self.status(503)])
        let task = Task { try await retrying(base, clock: clock).send(.sample()) }
        while clock.sleeps.isEmpty { await Task.yield() }
        task.cancel()
        await #expect(throws: TransportError.cancelled) { try await task.value }
        #expect(base.requests.count == 1)
    }

    @Test func backoffCeilingsDoubleUpToTheMaximum() {
        let policy = RetryPolicy(baseDelay: .milliseconds(500), maxDelay: .seconds(2))
        let random = SeededRandom(seed: 1)
        for _ in 0..<200 {
            #expect(policy.backoff(after: 1, random: random) <= .milliseconds(500))
            #expect(policy.backoff(after: 2, random: random) <= .seconds(1))
            #expect(policy.backoff(after: 9, random: random) <= .seconds(2))
        }
        #expect((0..<50).map { _ in policy.backoff(after: 9, random: random) }.contains { $0 > .seconds(1) })
    }

    @Test func retryAfterParsesSecondsAndDates() {
        #expect(RetryAfter.delay(from: "120", now: Self.now) == .seconds(120))
        #expect(RetryAfter.delay(from: " 0 ", now: Self.now) == .zero)
        #expect(RetryAfter.delay(from: "Wed, 21 Oct 2015 07:29:00 GMT", now: Self.now) == .seconds(60))
        #expect(RetryAfter.delay(from: "Sun, 06 Nov 1994 08:49:37 GMT", now: Self.now) == .zero)
        #expect(RetryAfter.delay(from: "Thu, 01 Jan 1970 00:00:10 GMT", now: 0) == .seconds(10))
        #expect(RetryAfter.delay(from: "soon", now: Self.now) == nil)
        #expect(RetryAfter.delay(from: "-5", now: Self.now) == nil)
        #expect(RetryAfter.delay(from: "Wed, 21 Foo 2015 07:28:00 GMT", now: Self.now) == nil)
    }
}
