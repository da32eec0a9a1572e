/// Sending-account status codes (law 12): 1 active, 2 paused, 3 maintenance, -1 connection error,
/// -2 soft bounce error, -3 sending error; and warmup status codes.
enum AccountStatus {
    static let active = 1
    static let paused = 2
    static let maintenance = 3
    static let connectionError = -1
    static let softBounceError = -2
    static let sendingError = -3

    /// `warmup_status`: 1 active, 0 paused.
    static let warmupActive = 1
    static let warmupPaused = 0

    /// What an account sends a day when its `daily_limit` is unset.
    static let defaultDailyLimit = 50
}
