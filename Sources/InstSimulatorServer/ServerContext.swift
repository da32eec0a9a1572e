import Hummingbird
import NIOCore

/// What the responder knows about a request beyond the request itself: the connection, so a
/// simulated reset can drop it.
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }
}
