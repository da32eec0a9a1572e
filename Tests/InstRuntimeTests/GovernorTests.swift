import Foundation
import InstTestSupport
import InstTransport
import Synchronization
import Testing
@testable import InstRuntime

/// A clock whose time moves only when a test moves it, or when code sleeps: a sleep jumps time to
/// its deadline at once and is recorded, so waiting code runs without any real waiting.
final class GovernorTestClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let state = Mutex((now: Instant(offset: .zero), sleeps: [Duration]()))
    var now: Instant { state.withLock { $0.now } }
    var minimumResolution: Duration { .zero }
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func advance(by duration: Duration) { state.withLock { $0.now = $0.now.advanced(by: duration) } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(state.now.duration(to: deadline))
            state.now = max(state.now, deadline)
        }
    }
}

extension TransportRequest {
    static func governed(_ service: ServiceName = .instantly, _ method: HTTPMethod = .get, _ path: PathTemplate) -> TransportRequest {
        TransportRequest(service: service, method: method, pathTemplate: path, operationID: "test", effect: .read)
    }
}

@Suite struct GovernorTests {
    let clock = GovernorTestClock()
    var governor: RateGovernor<GovernorTestClock> { RateGovernor(timeline: GovernorTimeline(clock: clock), wallClock: { 0 }) }

    @Test func theWaitIsTheLongestAnyBucketAsks() throws {
        let governor = governor
        let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        #expect(try (0..<3).map { _ in try governor.reserve(for: emails) } == [.zero, .seconds(3), .seconds(6)])
        // Other requests are paced only by the workspace buckets (10 ms apart), from the emails' slots.
        #expect(try governor.reserve(for: .governed(.instantly, .get, "/api/v2/campaigns")) == .seconds(6) + .milliseconds(10))
        #expect(try governor.reserve(for: .governed(.highLevel, .get, "/contacts/")) == .zero)
    }

    @Test func retryAfterHoldsTheEndpointGroupAndIsCapped() throws {
        let governor = governor
        let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        _ = try governor.reserve(for: emails)
        try governor.observe(TransportResponse(status: 429, headers: ["Retry-After": "30"]), to: emails)
        #expect(try governor.reserve(for: emails) == .seconds(30))
        // The held request took the workspace slot at 30 s; others queue behind it, not behind the hold.
        #expect(try governor.reserve(for: .governed(.instantly, .get, "/api/v2/leads")) == .seconds(30) + .milliseconds(10))
        clock.advance(by: .seconds(30))
        try governor.observe(TransportResponse(status: 429, headers: ["Retry-After": "3600"]), to: emails)
        #expect(try governor.reserve(for: emails) == .seconds(60))
    }

    @Test func remainingZeroHoldsTheServiceUntilReset() throws {
        let governor = governor
        let campaigns = TransportRequest.governed(.instantly, .get, "/api/v2/campaigns")
        try governor.observe(TransportResponse(status: 200, headers: ["X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "40"]), to: campaigns)
        #expect(try governor.reserve(for: campaigns) == .zero)
        try governor.observe(TransportResponse(status: 200, headers: ["X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "40"]), to: campaigns)
        #expect(try governor.reserve(for: campaigns) == .seconds(40))
        let contacts = TransportRequest.governed(.highLevel, .get, "/contacts/")
        try governor.observe(TransportResponse(status: 200, headers: [
            "X-RateLimit-Remaining": "0", "X-RateLimit-Interval-Milliseconds": "10000", "X-RateLimit-Daily-Remaining": "9",
        ]), to: contacts)
        #expect(try governor.reserve(for: contacts) == .seconds(10))
    }

    @Test func a429WithoutHintsHoldsTheServiceBriefly() throws {
        let governor = governor
        let leads = TransportRequest.governed(.instantly, .post, "/api/v2/leads")
        try governor.observe(TransportResponse(status: 429, headers: ["Retry-After": "soon"]), to: leads)
        #expect(try governor.reserve(for: leads) == .seconds(1))
    }

    @Test func middlewareWaitsOnTheClockAndReportsEachWait() async throws {
        let waits = RecordingObserver()
        let middleware = GovernorMiddleware(governor: governor, observers: [waits])
        let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        var statuses: [Int] = []
        for _ in 0..<5 {
            let response = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
            statuses.append(response.status)
        }
        #expect(statuses == [200, 200, 200, 200, 200])
        #expect(clock.sleeps == [.seconds(3), .seconds(3), .seconds(3), .seconds(3)])
        #expect(waits.events == [.released] + clock.sleeps.flatMap { [RecordingObserver.Event.held($0), .released] })
        #expect(clock.now.offset == .seconds(12))
    }

    @Test func middlewareFeedsHintsBack() async throws {
        let middleware = GovernorMiddleware(governor: governor)
        let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 429, headers: ["Retry-After": "20"]) }
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        #expect(clock.sleeps == [.seconds(20)])
    }

    @Test func middlewareRefusesAWaitPastTheDeadline() async throws {
        let middleware = GovernorMiddleware(governor: governor)
        var emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        emails.deadline = ContinuousClock.now.advanced(by: .seconds(1))
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        await #expect(throws: TransportError.timeout(after: .seconds(3))) {
            try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        }
    }
}
