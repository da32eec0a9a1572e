import InstRuntime
import InstTransport

extension Backend {
    /// The run's settings from the environment and flags. (Skeleton: no profiles yet.)
    static func settings(options: RunOptions, environment: [String: String]) throws -> RunSettings {
        RunSettings(credentials: try Credentials.load(from: environment))
    }
}

extension Backend.Layers {
    /// Instantly's `x-as-workspace` header when the profile acts on a sub-workspace.
    func workspaceMiddleware() -> [any TransportMiddleware] {
        []
    }
}
