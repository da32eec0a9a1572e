import APISchema
import InstLanguage

/// The commands the laws call for beyond the catalog's operations: `instantly.verify` (law 11),
/// `instantly.body` (laws 4 and 5) and `instantly.timezone` (law 3).
public enum InstantlyConveniences {
    /// The commands, sending through `client`; `options.sleep` waits between verification polls.
    public static func commands(client: APIClient, options: InstantlyModule.Options) -> [CommandSpec] {
        [VerifyCommand(client: client, sleep: options.sleep).command, BodyCommand.command, TimezoneCommand.command]
    }

    /// The API-key scopes of which any one allows each convenience command that calls the API.
    /// `instantly.verify` polls with `GET /email-verification/{email}` as part of one logical
    /// operation, so the create scopes are what it needs.
    public static let requiredScopes: [String: [String]] = [
        VerifyCommand.name: InstantlyCatalog.emailVerificationCreate.scopes,
    ]
}
