import InstTransport

/// Everything the simulator holds, guarded by its lock: the workspace, the rate limiter, the faults.
struct SimulatorState: Sendable {
    var instantly: InstantlyWorkspace
    var highLevel: HighLevelLocation // G2
    var random: SplitMix64
    let faults: FaultPlan
    var limiter: RateLimiter
    let elapsed: @Sendable () -> Duration

    init(configuration: SimulatorConfiguration) {
        instantly = configuration.demoWorkspace
            ? .demo(now: configuration.start, seed: configuration.seed)
            : InstantlyWorkspace(now: configuration.start, seed: configuration.seed)
        highLevel = configuration.demoWorkspace ? .demo(now: configuration.start, seed: configuration.seed) : HighLevelLocation(seed: configuration.seed) // G2
        random = SplitMix64(seed: configuration.seed ^ 0xFA17)
        faults = configuration.faults
        limiter = RateLimiter(limits: configuration.rateLimits)
        if let elapsed = configuration.elapsed {
            self.elapsed = elapsed
        } else {
            let started = ContinuousClock.now
            self.elapsed = { ContinuousClock.now - started }
        }
    }

    /// What the simulator does with one request: answer it, or drop the connection.
    enum Outcome {
        case answer(TransportResponse)
        case reset
    }

    /// Answers one request: the Cloudflare rule, rate limits, faults, then the service (which
    /// authenticates, validates and routes).
    mutating func handle(_ request: TransportRequest) -> Outcome {
        if HighLevelService.owns(request.path) { return handleHighLevel(request) } // G2
        do throws(SimError) {
            try CloudflareRule.check(request.headers)
            let (seconds, attoseconds) = elapsed().components
            let time = instantly.now.milliseconds + seconds * 1000 + attoseconds / 1_000_000_000_000_000
            let budget = try limiter.admit(request.method, path: request.path, at: time)
            switch faults.draw(&random) {
            case .reset?: return .reset
            case .status(let status)?: throw Self.injected(status)
            case nil: break
            }
            var simRequest = SimRequest(method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body)
            simRequest.now = instantly.now
            var response: TransportResponse
            do throws(SimError) {
                response = try InstantlyService.handle(&simRequest, in: &instantly).transportResponse
            } catch {
                response = error.transportResponse
            }
            for field in budget { response.headers[field.name] = field.value }
            return .answer(response)
        } catch {
            return .answer(error.transportResponse)
        }
    }

    private static func injected(_ status: Int) -> SimError {
        var error = SimError(status: status, message: "Injected fault (simulator --faults)")
        error.message = error.reason
        if status == 429 { error.headers["Retry-After"] = "1" }
        return error
    }

    mutating func advance(by duration: Duration) {
        instantly.advance(to: instantly.now.adding(duration))
    }
}
