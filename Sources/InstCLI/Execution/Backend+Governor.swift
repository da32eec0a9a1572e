import InstTransport

extension Backend.Layers {
    /// The rate governor, inside the retries so every attempt is paced and every 429 seen.
    func governorMiddleware(simulated: Bool) throws -> [any TransportMiddleware] {
        []
    }
}
