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

    /// The service a request is for: GoHighLevel's paths, else Instantly's.
    private enum Service {
        case instantly, highLevel
    }

    /// Answers one request the same way for either service: its admission rule (Instantly's
    /// Cloudflare rule; GoHighLevel's token and `Version` checks), its rate limits, faults, then
    /// the service itself (which authenticates, validates and routes).
    mutating func handle(_ request: TransportRequest) -> Outcome {
        let service: Service = HighLevelService.owns(request.path) ? .highLevel : .instantly
        do throws(SimError) {
            try admit(request, to: service)
            let (seconds, attoseconds) = elapsed().components
            let time = instantly.now.milliseconds + seconds * 1000 + attoseconds / 1_000_000_000_000_000
            let budget = try rateBudget(for: request, to: service, at: time)
            switch faults.draw(&random) {
            case .reset?: return .reset
            case .status(let status)?:
                var error = Self.injected(status, by: service)
                if status == 429 { error.headers["Retry-After"] = "1" }
                throw error
            case nil: break
            }
            var simRequest = SimRequest(method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body)
            simRequest.now = instantly.now
            var response: TransportResponse
            do throws(SimError) {
                response = try serve(&simRequest, by: service)
            } catch {
                response = error.transportResponse
            }
            for field in budget { response.headers[field.name] = field.value }
            return .answer(response)
        } catch {
            return .answer(error.transportResponse)
        }
    }

    /// The service's rule for letting a request in at all.
    private func admit(_ request: TransportRequest, to service: Service) throws(SimError) {
        switch service {
        case .highLevel: try HighLevelService.admit(request.headers)
        case .instantly: try CloudflareRule.check(request.headers)
        }
    }

    /// Spends the request from the service's rate limits; the headers that report them.
    private mutating func rateBudget(for request: TransportRequest, to service: Service, at time: Int64) throws(SimError) -> HeaderFields {
        switch service {
        case .highLevel:
            // A simulator without Instantly limits (`--no-rate-limits`, benchmarks) has none here either.
            let unlimited = limiter.limits.perSecond == nil && limiter.limits.perMinute == nil
            return unlimited ? HeaderFields() : try highLevel.limiter.admit(at: time)
        case .instantly:
            return try limiter.admit(request.method, path: request.path, at: time)
        }
    }

    /// An injected fault, in the service's error shape.
    private static func injected(_ status: Int, by service: Service) -> SimError {
        let message = "Injected fault (simulator --faults)"
        switch service {
        case .highLevel:
            return HighLevelError.make(status, message)
        case .instantly:
            var error = SimError(status: status, message: message)
            error.message = error.reason
            return error
        }
    }

    private mutating func serve(_ request: inout SimRequest, by service: Service) throws(SimError) -> TransportResponse {
        switch service {
        case .highLevel: try HighLevelService.handle(&request, in: &highLevel).transportResponse
        case .instantly: try InstantlyService.handle(&request, in: &instantly).transportResponse
        }
    }

    mutating func advance(by duration: Duration) {
        instantly.advance(to: instantly.now.adding(duration))
    }
}
