import InstRuntime
import InstTransport
import InstantlyKit
import Synchronization

/// The dry-run advice for Instantly calls: ``InstantlyPlanState`` (InstantlyKit's pure rules)
/// behind a lock, as the planning layer's ``PlanAdvisor``.
final class InstantlyPlanAdvisor: PlanAdvisor {
    private let state = Mutex(InstantlyPlanState())

    func scopes(for request: TransportRequest) -> [String] {
        InstantlyPlanState.scopes(for: request)
    }

    func review(_ request: TransportRequest, sequence: Int, planned: Bool) -> [String] {
        state.withLock { $0.review(request, sequence: sequence, planned: planned) }
    }

    func synthesize(_ request: TransportRequest) -> TransportResponse? {
        state.withLock { $0.synthesize(request) }
    }

    func observe(_ request: TransportRequest, response: TransportResponse) {
        state.withLock { $0.observe(request, response: response) }
    }

    func notes() -> [String] {
        state.withLock { $0.notes() }
    }
}
