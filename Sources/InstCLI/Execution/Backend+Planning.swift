import InstRuntime
import InstTransport

extension Backend.Layers {
    /// Dry-run: plans writes (and metered calls without `--spend`) instead of sending them, and
    /// records the writes of a live run. Against the embedded simulator (its state is the run's
    /// scratch copy) planned calls go to it; against live services their answers are made up
    /// by each service's advisor. GoHighLevel's advisor (law G1: upsert with tags) plugs in here
    /// with `plan.consult(_:for: .highLevel)`.
    func planningMiddleware(simulated: Bool) -> [any TransportMiddleware] {
        plan.consult(InstantlyPlanAdvisor(), for: .instantly)
        plan.consult(HighLevelPlanAdvisor(), for: .highLevel)
        return [DryRunMiddleware(journal: journal, recorder: plan, forwardsPlanned: simulated)]
    }
}
