import NIOCore
import NIOPosix

/// Runs Swift tasks on a NIO event loop, so a request's task, its connection and its answer all
/// stay on one thread: no hop through the global executor per call.
final class EventLoopExecutor: TaskExecutor {
    let loop: any EventLoop

    init(_ loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    /// The live transport's I/O thread: one event loop for the whole process. A script's calls are
    /// sequential, so one loop carries them all, and keeping connections and tasks on the same
    /// thread is what makes a kept-alive call cheap.
    static let shared = EventLoopExecutor(MultiThreadedEventLoopGroup(numberOfThreads: 1).next())
}
