extension RateSpec {
    /// Parses `NAME=COUNT/PERIOD` and checks that NAME is one of the governor's buckets
    /// (``RateGovernorConfiguration/documented``), so a typo is refused before anything is sent.
    public init(validating text: String) throws(RateSpecError) {
        try self.init(parsing: text)
        let known = RateGovernorConfiguration.documented.names
        guard known.contains(bucket) else { throw .unknownBucket(bucket, known: known) }
    }
}
