import Foundation
import InstTestSupport
import InstTransport
import Synchronization
import Testing
@testable import InstRuntime

@Suite struct GovernorFileStoreTests {
    @Test func governorsInSeveralThreadsShareOneBudgetThroughTheFile() throws {
        let folder = try TemporaryDirectory()
        let clock = GovernorTestClock()
        let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        let admissions = Mutex<[Duration]>([])
        let failures = Mutex<[String]>([])
        let directory = folder.path + "/governor"
        let done = DispatchGroup()
        let threads = (0..<4).map { _ in
            Thread {
                defer { done.leave() }
                do {
                    // Each thread is its own "process": its own open file and governor.
                    let store = try FileGovernorStore(directory: directory, fingerprint: "key-abc123")
                    let governor = RateGovernor(timeline: GovernorTimeline(clock: clock), store: store, wallClock: { 0 })
                    for _ in 0..<10 {
                        let wait = try governor.reserve(for: emails)
                        admissions.withLock { $0.append(clock.now.offset + wait) }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        for thread in threads { done.enter(); thread.start() }
        #expect(done.wait(timeout: .now() + 60) == .success)
        let slots = admissions.withLock { $0 }
        #expect(failures.withLock { $0 }.isEmpty)
        #expect(slots.sorted() == (0..<40).map { Duration.seconds(3 * $0) })
    }

    @Test func stateSurvivesReopeningAndIsPrivate() throws {
        let folder = try TemporaryDirectory()
        let clock = GovernorTestClock()
        let emails = TransportRequest.governed(.instantly, .get, "/api/v2/emails")
        func governor() throws -> RateGovernor<GovernorTestClock> {
            RateGovernor(timeline: GovernorTimeline(clock: clock),
                         store: try FileGovernorStore(directory: folder.path, fingerprint: "fp"), wallClock: { 0 })
        }
        #expect(try governor().reserve(for: emails) == .zero)
        #expect(try governor().reserve(for: emails) == .seconds(3))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/fp.state")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: folder.path + "/fp.state", encoding: .utf8)
        #expect(text.contains("instantly.emails 6000000000\n"))
    }

    @Test func damagedOrImplausibleStateIsIgnored() throws {
        let folder = try TemporaryDirectory()
        try folder.write("fp.state", "garbage\ninstantly.emails notanumber\ninstantly.emails.test 9223372036854775000\n\u{0}\u{1}")
        let governor = RateGovernor(timeline: GovernorTimeline(clock: GovernorTestClock()),
                                    store: try FileGovernorStore(directory: folder.path, fingerprint: "fp"), wallClock: { 0 })
        #expect(try governor.reserve(for: .governed(.instantly, .get, "/api/v2/emails")) == .zero)
        // Only the workspace spacing after the first call applies, not the implausible stored time.
        #expect(try governor.reserve(for: .governed(.instantly, .post, "/api/v2/emails/test")) == .milliseconds(10))
    }

    @Test func fingerprintsThatAreNotPlainNamesAreRefused() throws {
        let folder = try TemporaryDirectory()
        for bad in ["", "../escape", "a/b", ".hidden", String(repeating: "x", count: 200)] {
            #expect(throws: GovernorStoreError.self) { try FileGovernorStore(directory: folder.path, fingerprint: bad) }
        }
    }
}
