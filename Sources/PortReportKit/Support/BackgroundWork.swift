import Foundation

/// Work started on a thread of its own at once, and waited for later: what runs beside the page
/// rendering (which keeps the other cores busy) when it does not need the pages.
final class BackgroundWork: @unchecked Sendable {
    // `error` is written once by the thread before `done` is signalled and read only after
    // `wait()` has seen the signal, so the semaphore orders the accesses.
    private var error: Error?
    private let done = DispatchSemaphore(value: 0)
    private var finished = false

    init(_ work: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            do { try work() } catch { self.error = error }
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the work has finished; rethrows its error.
    func wait() throws {
        if !finished {
            done.wait()
            finished = true
        }
        if let error { throw error }
    }
}
