/// Campaign status codes (law 12), as the API answers them in `status`.
public enum CampaignStatus {
    public static let draft = 0
    public static let active = 1
    public static let paused = 2
    public static let completed = 3
    public static let runningSubsequences = 4
    public static let accountsUnhealthy = -1
    public static let bounceProtect = -2
    public static let suspended = -99
}

/// Lead status codes (law 12).
public enum LeadStatus {
    public static let active = 1
    public static let paused = 2
    public static let completed = 3
    public static let bounced = -1
    public static let unsubscribed = -2
    public static let skipped = -3
}

