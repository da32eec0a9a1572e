import InstTransport

extension SimulatorState {
    /// Answers a GoHighLevel request: token and `Version` checks, the location's rate limits,
    /// faults, then the service. The Cloudflare rule is Instantly's and does not apply here.
    mutating func handleHighLevel(_ request: TransportRequest) -> Outcome {
        do throws(SimError) {
            try HighLevelService.admit(request.headers)
            let (seconds, attoseconds) = elapsed().components
            let time = instantly.now.milliseconds + seconds * 1000 + attoseconds / 1_000_000_000_000_000
            // A simulator without Instantly limits (`--no-rate-limits`, benchmarks) has none here either.
            let unlimited = limiter.limits.perSecond == nil && limiter.limits.perMinute == nil
            let budget = unlimited ? HeaderFields() : try highLevel.limiter.admit(at: time)
            switch faults.draw(&random) {
            case .reset?: return .reset
            case .status(let status)?:
                var error = HighLevelError.make(status, "Injected fault (simulator --faults)")
                if status == 429 { error.headers["Retry-After"] = "1" }
                throw error
            case nil: break
            }
            var simRequest = SimRequest(method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body)
            simRequest.now = instantly.now
            var response: TransportResponse
            do throws(SimError) {
                response = try HighLevelService.handle(&simRequest, in: &highLevel).transportResponse
            } catch {
                response = error.transportResponse
            }
            for field in budget { response.headers[field.name] = field.value }
            return .answer(response)
        } catch {
            return .answer(error.transportResponse)
        }
    }
}
