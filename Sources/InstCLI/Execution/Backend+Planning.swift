import InstTransport

extension Backend.Layers {
    /// Dry-run: plans writes (and metered calls without `--spend`) instead of sending them.
    func planningMiddleware(simulated: Bool) -> [any TransportMiddleware] {
        []
    }
}
