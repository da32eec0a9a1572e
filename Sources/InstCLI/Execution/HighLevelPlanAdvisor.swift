import HighLevelKit
import InstRuntime
import InstTransport
import Synchronization

/// The dry-run advice for GoHighLevel calls: ``HighLevelPlanState`` (HighLevelKit's pure rules)
/// behind a lock, as the planning layer's ``PlanAdvisor``: scopes, law G1's warning, and the
/// answers planned writes get against the live service.
final class HighLevelPlanAdvisor: PlanAdvisor {
    private let state = Mutex(HighLevelPlanState())

    func scopes(for request: TransportRequest) -> [String] {
        HighLevelPlanState.scopes(for: request)
    }

    func review(_ request: TransportRequest, sequence: Int, planned: Bool) -> [String] {
        state.withLock { $0.review(request) }
    }

    func synthesize(_ request: TransportRequest) -> TransportResponse? {
        state.withLock { $0.synthesize(request) }
    }

    func observe(_ request: TransportRequest, response: TransportResponse) {}

    func notes() -> [String] { [] }
}
