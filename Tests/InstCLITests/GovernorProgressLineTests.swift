@testable import InstCLI
import InstTransport
import Synchronization
import Testing

/// The progress line long governor holds show on a terminal: its text, and when it is drawn and cleared.
@Suite struct GovernorProgressLineTests {
    @Test func theLineSaysCallsRateAndWhenTheNextCallGoes() {
        let line = ProgressLine(service: "instantly", callsSent: 240, elapsed: .milliseconds(2436), remaining: .milliseconds(11_200))
        #expect(line.text(width: 80) == "inst: instantly rate limit: 240 calls sent, 98.5/s; next call in 12s")
        let first = ProgressLine(service: "ghl", callsSent: 0, elapsed: .zero, remaining: .seconds(125))
        #expect(first.text(width: 80) == "inst: ghl rate limit: 0 calls sent; next call in 2m05s")
        let one = ProgressLine(service: "ghl", callsSent: 1, elapsed: .seconds(50), remaining: .seconds(3720))
        #expect(one.text(width: 80) == "inst: ghl rate limit: 1 call sent, 0.02/s; next call in 1h02m")
    }

    @Test func aNarrowTerminalGetsACutLineThatCannotWrap() {
        let line = ProgressLine(service: "instantly", callsSent: 240, elapsed: .seconds(2), remaining: .seconds(12))
        let text = line.text(width: 30)
        #expect(text == "inst: instantly rate limit: …")
        #expect(text.count == 29)
    }

    @Test(arguments: [(0.004, "0.00"), (0.5, "0.50"), (1, "1.0"), (98.46, "98.5"), (999.94, "999.9"), (1234.4, "1234")])
    func ratesAreShort(value: Double, text: String) {
        #expect(ProgressLine.rate(value) == text)
    }

    @Test func theReporterDrawsLongHoldsOnlyAndClearsWhenTheCallGoes() {
        let written = Mutex<[String]>([])
        let time = Mutex(Duration.zero)
        let reporter = ProgressLine.Reporter(width: { 80 }, now: { time.withLock { $0 } }) { text in
            written.withLock { $0.append(text) }
        }
        let request = TransportRequest(service: .instantly, method: .get, pathTemplate: "/api/v2/campaigns",
                                       operationID: "campaigns.list", effect: .read)
        for _ in 0..<4 {
            reporter.governorReleases(request)
            time.withLock { $0 += .milliseconds(500) }
        }
        reporter.governorHolds(request, for: .seconds(1))
        reporter.governorReleases(request)
        #expect(written.withLock { $0 }.isEmpty)
        reporter.governorHolds(request, for: .seconds(3))
        reporter.governorStillHolds(request, remaining: .seconds(2))
        reporter.governorReleases(request)
        reporter.governorReleases(request)
        reporter.governorHolds(request, for: .seconds(90))
        reporter.governorDrops(request)
        #expect(written.withLock { $0 } == [
            "\r\u{1B}[Kinst: instantly rate limit: 5 calls sent, 2.5/s; next call in 3s",
            "\r\u{1B}[Kinst: instantly rate limit: 5 calls sent, 2.5/s; next call in 2s",
            "\r\u{1B}[K",
            "\r\u{1B}[Kinst: instantly rate limit: 7 calls sent, 3.5/s; next call in 1m30s",
            "\r\u{1B}[K",
        ])
    }
}
