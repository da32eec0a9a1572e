extension Transport {
    /// Where a caller outside Swift concurrency should run the task that sends through this
    /// transport: the live transport names its network event loop, so a blocking caller hands the
    /// request straight to the thread that writes it, with no hop through the global executor.
    /// `nil` (the default) leaves the task to the global executor.
    public var preferredExecutor: (any TaskExecutor)? { nil }
}
