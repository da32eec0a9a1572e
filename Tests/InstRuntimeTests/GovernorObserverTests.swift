import InstTransport
import Synchronization
import Testing
@testable import InstRuntime

/// Remembers what a governor middleware told it, in order.
final class RecordingObserver: GovernorObserver {
    enum Event: Equatable {
        case held(Duration)
        case stillHeld(Duration)
        case released
        case dropped
    }

    private let log = Mutex<[Event]>([])
    var events: [Event] { log.withLock { $0 } }

    func governorHolds(_ request: TransportRequest, for wait: Duration) { log.withLock { $0.append(.held(wait)) } }
    func governorStillHolds(_ request: TransportRequest, remaining: Duration) { log.withLock { $0.append(.stillHeld(remaining)) } }
    func governorReleases(_ request: TransportRequest) { log.withLock { $0.append(.released) } }
    func governorDrops(_ request: TransportRequest) { log.withLock { $0.append(.dropped) } }
}

@Suite struct GovernorObserverTests {
    let clock = GovernorTestClock()
    var governor: RateGovernor<GovernorTestClock> { RateGovernor(timeline: GovernorTimeline(clock: clock), wallClock: { 0 }) }
    let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")

    @Test func aLongHoldReportsWhatIsLeftAfterEachInterval() async throws {
        let observer = RecordingObserver()
        let middleware = GovernorMiddleware(governor: governor, observers: [observer], progressInterval: .seconds(1))
        for _ in 0..<2 {
            _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        }
        // 20 a minute: the second call waits 3 s, slept in 1 s steps towards one end.
        #expect(clock.sleeps == [.seconds(1), .seconds(1), .seconds(1)])
        #expect(observer.events == [.released, .held(.seconds(3)), .stillHeld(.seconds(2)), .stillHeld(.seconds(1)), .released])
        #expect(clock.now.offset == .seconds(3))
    }

    @Test func aHoldShorterThanTheIntervalIsOneSleep() async throws {
        let observer = RecordingObserver()
        let middleware = GovernorMiddleware(governor: governor, observers: [observer], progressInterval: .seconds(5))
        for _ in 0..<2 {
            _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        }
        #expect(clock.sleeps == [.seconds(3)])
        #expect(observer.events == [.released, .held(.seconds(3)), .released])
    }

    @Test func aCancelledHoldIsDroppedAndNotSent() async throws {
        let observer = RecordingObserver()
        let middleware = GovernorMiddleware(governor: governor, observers: [observer], progressInterval: .seconds(1))
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        let held = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        }
        await #expect(throws: TransportError.cancelled) { try await held.value }
        #expect(observer.events == [.released, .held(.seconds(3)), .dropped])
    }

    @Test func waitsAddUpUntilTakenAndTakingStartsOver() async throws {
        let waits = GovernorWaits()
        let middleware = GovernorMiddleware(governor: governor, observers: [waits])
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        #expect(waits.take() == nil)
        // One call whose attempts were held twice (a retry): the audit record gets both.
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 429, headers: ["Retry-After": "1"]) }
        _ = try await middleware.intercept(emails) { _ in TransportResponse(status: 200) }
        #expect(waits.take() == .seconds(6))
        #expect(waits.take() == nil)
    }
}
