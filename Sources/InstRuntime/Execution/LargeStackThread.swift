#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a fresh thread with a large stack, so deeply recursive scripts reach the
/// interpreter's call-depth limit (a clean error) long before the thread's stack runs out, and
/// values a script nested deeply (`set x = [$x]` in a loop) can be compared and freed, which
/// Swift does recursively.
public enum LargeStackThread {
    /// 1 GiB of address space; pages are committed only as the stack grows into them.
    public static let defaultStackSize = 1 << 30

    /// Runs `body` on a new thread with `stackSize` bytes of stack and waits for it.
    /// If the thread cannot be created, `body` runs on the calling thread instead.
    public static func run<T>(stackSize: Int = defaultStackSize, _ body: () throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { escapable in
            let job = Job(escapable)
            let context = Unmanaged.passRetained(job).toOpaque()
            guard let thread = start(context, stackSize: stackSize) else {
                Unmanaged<Job<T>>.fromOpaque(context).release()
                return try escapable()
            }
            pthread_join(thread, nil)
            return try job.result.get()
        }
    }

    /// Drops the caller's last reference to `object` on a large-stack thread, so that freeing
    /// whatever script values it holds cannot exhaust the caller's (usually 8 MiB) stack.
    /// Pass it with `consume` so no other reference outlives the call.
    public static func release(_ object: consuming some AnyObject) {
        let holder = Holder(consume object)
        try? run { holder.object = nil }
    }

    private final class Holder {
        var object: AnyObject?
        init(_ object: consuming AnyObject) { self.object = object }
    }

    private static func start(_ context: UnsafeMutableRawPointer, stackSize: Int) -> pthread_t? {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return nil }
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            guard let context else { return nil }
            Unmanaged<AnyJob>.fromOpaque(context).takeRetainedValue().perform()
            return nil
        }, context)
        guard status == 0 else { return nil }
        return thread
    }
}

/// The type-erased side of a job, which the C thread entry point can call.
private class AnyJob {
    func perform() {}
}

private final class Job<T>: AnyJob {
    private let body: () throws -> T
    private(set) var result: Result<T, any Error> = .failure(CancellationError())

    init(_ body: @escaping () throws -> T) {
        self.body = body
    }

    override func perform() {
        result = Result { try body() }
    }
}
