import InstRuntime
import InstTransport
import Synchronization

/// The line a terminal's standard error shows while a rate governor holds a call for long
/// (over a second), redrawn as the hold goes on and cleared when the call goes out:
///
///     inst: instantly rate limit: 240 calls sent, 98.5/s; next call in 12s
struct ProgressLine: Equatable {
    var service: String
    /// Calls sent so far in this run (every attempt the governor let through).
    var callsSent: Int
    /// Time since the run's first call (the rate shows once it is a second or more).
    var elapsed: Duration
    /// What is left of the current hold.
    var remaining: Duration

    /// Goes back to the start of the line and erases it.
    static let clear = "\r\u{1B}[K"

    /// The text, cut to `width - 1` columns so it never wraps (a wrapped line could not be cleared).
    func text(width: Int) -> String {
        var text = "inst: \(service) rate limit: \(callsSent) call\(callsSent == 1 ? "" : "s") sent"
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if callsSent > 0 && seconds >= 1 {
            text += ", " + Self.rate(Double(callsSent) / seconds) + "/s"
        }
        text += "; next call in " + Self.duration(remaining)
        let limit = max(width - 1, 10)
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// `98.5`, `1234`, `0.02`.
    static func rate(_ value: Double) -> String {
        if value >= 1000 { return String(Int(value.rounded())) }
        let digits = value >= 1 ? 1 : 2
        let scale = digits == 1 ? 10.0 : 100.0
        let scaled = Int((value * scale).rounded())
        let fraction = String(scaled % Int(scale))
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return "\(scaled / Int(scale)).\(padded)"
    }

    /// Rounded up to whole seconds: `12s`, `2m05s`, `1h02m`.
    static func duration(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let seconds = max(0, whole + (attoseconds > 0 ? 1 : 0))
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m\(two(seconds % 60))s" }
        return "\(seconds / 3600)h\(two(seconds % 3600 / 60))m"
    }
}

extension ProgressLine {
    /// Shows the line for holds longer than `threshold` through `write` (standard error when it
    /// is a terminal) and clears it when the call goes out; counts the calls sent.
    final class Reporter: GovernorObserver {
        private struct State {
            var callsSent = 0
            var firstCall: Duration?
            var shown = false
        }

        private let state = Mutex(State())
        private let threshold: Duration
        private let width: @Sendable () -> Int
        private let now: @Sendable () -> Duration
        private let write: @Sendable (String) -> Void

        /// - Parameters:
        ///   - now: a monotonic reading (the run's rate is measured with it).
        ///   - write: where the line goes; it must reach the terminal at once (no line buffering).
        init(
            threshold: Duration = .seconds(1), width: @escaping @Sendable () -> Int,
            now: @escaping @Sendable () -> Duration, write: @escaping @Sendable (String) -> Void
        ) {
            self.threshold = threshold
            self.width = width
            self.now = now
            self.write = write
        }

        /// A reporter on this process's standard error, or `nil` when it is not a terminal that
        /// understands erasing a line (`TERM=dumb` does not).
        static func standardError(environment: [String: String]) -> Reporter? {
            guard StandardStream.error.isTerminal, environment["TERM"] != "dumb" else { return nil }
            let start = ContinuousClock.now
            return Reporter(width: { Terminal.width(descriptor: 2) }, now: { ContinuousClock.now - start }) { text in
                StandardStream.error.write(text)
                StandardStream.error.flush()
            }
        }

        func governorHolds(_ request: TransportRequest, for wait: Duration) {
            guard wait > threshold else { return }
            draw(request, remaining: wait)
        }

        func governorStillHolds(_ request: TransportRequest, remaining: Duration) {
            draw(request, remaining: remaining)
        }

        func governorReleases(_ request: TransportRequest) {
            let reading = now()
            clear { state in
                state.callsSent += 1
                if state.firstCall == nil { state.firstCall = reading }
            }
        }

        func governorDrops(_ request: TransportRequest) {
            clear { _ in }
        }

        /// Updates the counts and erases the line if it is shown.
        private func clear(_ update: (inout State) -> Void) {
            let wasShown = state.withLock { state in
                update(&state)
                defer { state.shown = false }
                return state.shown
            }
            if wasShown { write(ProgressLine.clear) }
        }

        private func draw(_ request: TransportRequest, remaining: Duration) {
            let reading = now()
            let line = state.withLock { state in
                state.shown = true
                return ProgressLine(service: request.service.rawValue, callsSent: state.callsSent,
                                    elapsed: state.firstCall.map { reading - $0 } ?? .zero, remaining: remaining)
            }
            write(ProgressLine.clear + line.text(width: width()))
        }
    }
}
