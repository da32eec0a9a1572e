import InstTransport

/// Every bucket the governor keeps, with the services' documented limits as defaults.
public struct RateGovernorConfiguration: Sendable, Equatable {
    public var buckets: [RateBucketDefinition]

    public init(buckets: [RateBucketDefinition]) {
        self.buckets = buckets
    }

    /// The documented limits: Instantly 6,000 a minute and 100 a second per workspace,
    /// `GET /api/v2/emails` 20 a minute, `POST /api/v2/emails/test` 10 a minute; GoHighLevel
    /// 100 per 10 seconds, 200,000 a day (a burst of 100,000 plus 100,000 paced over the day, so
    /// no day-long window sees more than 200,000), OAuth 75 a minute.
    public static let documented = RateGovernorConfiguration(buckets: [
        bucket("instantly", .service(.instantly), 6000, .seconds(60),
               hint: .init(remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset")),
        bucket("instantly.second", .service(.instantly), 100, .seconds(1)),
        bucket("instantly.emails", .endpoint(.instantly, .get, "/api/v2/emails"), 20, .seconds(60)),
        bucket("instantly.emails.test", .endpoint(.instantly, .post, "/api/v2/emails/test"), 10, .seconds(60)),
        bucket("ghl", .service(.highLevel), 100, .seconds(10),
               hint: .init(remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Interval-Milliseconds",
                           resetUnit: .milliseconds(1))),
        bucket("ghl.day", .service(.highLevel), 100_000, .seconds(86_400), burst: 100_000,
               hint: .init(remaining: "X-RateLimit-Daily-Remaining")),
        bucket("ghl.oauth", .pathPrefix(.highLevel, "/oauth/"), 75, .seconds(60)),
    ])

    /// The bucket names, for `--rate` help and errors.
    public var names: [String] { buckets.map(\.name) }

    /// The configuration with each spec's limit replacing its bucket's (later specs win).
    public func applying(_ specs: [RateSpec]) throws(RateSpecError) -> RateGovernorConfiguration {
        var result = self
        for spec in specs {
            guard let index = result.buckets.firstIndex(where: { $0.name == spec.bucket }) else {
                throw .unknownBucket(spec.bucket, known: names)
            }
            result.buckets[index].limit = spec.limit
        }
        return result
    }

    /// The configuration with only `service`'s buckets (a governor per service, each with its own store).
    public func restricted(to service: ServiceName) -> RateGovernorConfiguration {
        RateGovernorConfiguration(buckets: buckets.filter { $0.scope.service == service })
    }

    /// The buckets `request` spends from.
    public func buckets(for request: TransportRequest) -> [RateBucketDefinition] {
        buckets.filter { $0.scope.matches(request) }
    }

    private static func bucket(
        _ name: String, _ scope: RateBucketDefinition.Scope, _ count: Int, _ period: Duration,
        burst: Int = 1, hint: RateBucketDefinition.Hint? = nil
    ) -> RateBucketDefinition {
        let limit = RateLimit(checkedCount: count, period: period, burst: burst)
        return RateBucketDefinition(name: name, scope: scope, limit: limit, hint: hint)
    }
}
