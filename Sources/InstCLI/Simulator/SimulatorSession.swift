import InstRuntime
import InstSimulator
import InstTransport
import Synchronization

/// The embedded simulator as a run sees it: live requests go to its state; a dry-run works on a
/// scratch copy, forked from that state at the first dry-run request after any live one, so reads
/// after a planned write see it (an auto-flip after a planned lead load shows up, and so does the
/// pause that answers it) while the state itself is left as it was.
final class SimulatorSession: Transport, Sendable {
    let simulator: Simulator
    private let journal: RunJournal
    /// The dry-run's copy; `nil` until needed, and again after a live request changed the state.
    private let scratch = Mutex<Simulator?>(nil)

    init(simulator: Simulator, journal: RunJournal) {
        self.simulator = simulator
        self.journal = journal
    }

    /// The simulator requests and the clock commands act on in the current mode.
    var current: Simulator {
        guard journal.mode == .dryRun else {
            scratch.withLock { $0 = nil }
            return simulator
        }
        return scratch.withLock { scratch in
            if let copy = scratch { return copy }
            let copy = simulator.fork()
            scratch = copy
            return copy
        }
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        try await current.send(request)
    }
}
