import Foundation
import InstLanguage
import InstRuntime

/// The interpreter's thread while `inst serve` listens: takes deliveries from the inbox in
/// order and runs the matching handler for each, reporting a handler's error and going on.
struct DeliveryWorker: @unchecked Sendable {
    let inbox: DeliveryInbox
    let program: CheckedProgram
    let interpreter: Interpreter
    let console: Console
    let handled: HandledEvents

    /// Starts the thread; the semaphore is signalled once the inbox is closed and drained.
    func start() -> DispatchSemaphore {
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? LargeStackThread.run { drain() }
            finished.signal()
        }
        thread.start()
        return finished
    }

    private func drain() {
        let names = Set(program.eventNames)
        while let delivery = inbox.next() {
            guard let name = EventNames.handler(for: delivery.event, among: names) else {
                console.report("inst serve: no handler for event '\(delivery.event)'; acknowledged and ignored\n")
                continue
            }
            do {
                if try handled.contains(delivery) {
                    console.report("inst serve: '\(delivery.event)' was handled by an earlier run; skipped\n")
                    continue
                }
                try interpreter.handle(name, payload: delivery.payload, in: program)
                try handled.insert(delivery)
            } catch {
                console.report("inst serve: the handler for '\(delivery.event)' failed:\n" + ErrorReport.rendered(error))
            }
            console.flush()
        }
    }
}
