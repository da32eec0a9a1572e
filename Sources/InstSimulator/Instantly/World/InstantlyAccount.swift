/// Sending-account records as `GET /api/v2/accounts/{email}` answers them. Secrets sent on create
/// (IMAP/SMTP passwords) are never stored.
enum InstantlyAccount {
    /// The fields a create or PATCH may set directly.
    static let writableFields = [
        "first_name", "last_name", "daily_limit", "tracking_domain_name", "tracking_domain_status", "enable_slow_ramp",
        "inbox_placement_test_limit", "sending_gap", "signature", "reply_to",
    ]

    /// A new account from a create body, `status` 1 (active), warmup paused unless a warmup config came.
    static func record(email: String, body: JSONObject, at time: SimTime) -> JSONObject {
        let stamp = JSON.string(time.iso8601)
        var account = JSONObject()
        account["email"] = .string(email)
        account["timestamp_created"] = stamp
        account["timestamp_updated"] = stamp
        account["first_name"] = body["first_name"] ?? ""
        account["last_name"] = body["last_name"] ?? ""
        account["warmup"] = body["warmup"] ?? ["limit": 10, "increment": "disabled", "reply_rate": 30, "advanced": ["warm_ctd": false, "open_rate": 100, "important_rate": 70, "read_emulation": true, "spam_save_rate": 100, "weekday_only": true]]
        account["added_by"] = .null
        account["daily_limit"] = body["daily_limit"] ?? .int(AccountStatus.defaultDailyLimit)
        account["daily_limit_max"] = .null
        account["warmup_limit_max"] = .null
        account["modified_by"] = .null
        account["tracking_domain_name"] = body["tracking_domain_name"] ?? .null
        account["tracking_domain_status"] = body["tracking_domain_status"] ?? .null
        account["status"] = .int(AccountStatus.active)
        account["enable_slow_ramp"] = body["enable_slow_ramp"] ?? false
        account["inbox_placement_test_limit"] = body["inbox_placement_test_limit"] ?? .null
        account["organization"] = .string(InstantlyWorkspace.organizationID)
        account["timestamp_last_used"] = .null
        account["warmup_status"] = .int(body["warmup"] == nil ? AccountStatus.warmupPaused : AccountStatus.warmupActive)
        account["status_message"] = .null
        account["timestamp_warmup_start"] = body["warmup"] == nil ? .null : stamp
        account["provider_code"] = body["provider_code"] ?? 2
        account["setup_pending"] = false
        account["warmup_pool_id"] = .null
        account["is_managed_account"] = false
        account["dfy_password_changed"] = .null
        account["is_ready_made_account"] = false
        account["stat_warmup_score"] = body["warmup"] == nil ? .null : 100
        account["sending_gap"] = body["sending_gap"] ?? 10
        account["signature"] = body["signature"] ?? .null
        account["reply_to"] = body["reply_to"] ?? .null
        account["autofix_failed"] = .null
        return account
    }

    /// `2026-11-02T14:00:00.000Z&ada@northwind.test`: the account list's cursor.
    static func cursor(_ account: JSONObject) -> String? {
        guard let email = account["email"]?.stringValue else { return nil }
        return (account["timestamp_created"]?.stringValue ?? "") + "&" + email
    }

    /// Whether the account matches `GET /accounts`'s `filter` value.
    static func matches(filter: String, _ account: JSONObject) -> Bool {
        let status = account["status"]?.intValue ?? 0, warmup = account["warmup_status"]?.intValue ?? 0
        switch filter {
        case "ACC_FILTER_PAUSED": return status == AccountStatus.paused
        case "ACC_FILTER_ERROR": return status < 0
        case "ACC_FILTER_NO_CTD": return account["tracking_domain_name"]?.stringValue == nil
        case "ACC_FILTER_W_ACTIVE": return warmup == AccountStatus.warmupActive
        case "ACC_FILTER_W_PAUSED": return warmup == AccountStatus.warmupPaused
        case "ACC_FILTER_W_ERROR": return warmup < 0
        case "ACC_FILTER_DFY_SETUP_PENDING": return account["setup_pending"]?.boolValue == true
        default: return false
        }
    }
}
