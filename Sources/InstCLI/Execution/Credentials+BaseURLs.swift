import InstHTTP
import InstRuntime
import InstTransport

extension Credentials {
    /// Each service's base URL: the configured one (environment, profile), else the service's own.
    var effectiveBaseURLs: [ServiceName: String] {
        HTTPTransport.Configuration.defaultBaseURLs.merging(baseURLs) { _, configured in configured }
    }
}
