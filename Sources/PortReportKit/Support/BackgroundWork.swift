import Foundation

/// Work started on a thread of its own at once, and waited for later: what runs beside other
/// work (the pages, asset identification, the scans) when it does not need it.
final class BackgroundWork<Value>: @unchecked Sendable {
    // `result` is written once by the thread before `done` is signalled and read only after
    // `wait()` has seen the signal, so the semaphore orders the accesses.
    private var result: Result<Value, Error> = .failure(Unfinished())
    private let done = DispatchSemaphore(value: 0)
    private var finished = false

    /// Stands in for the result until the thread has written it; `wait()` never returns it.
    private struct Unfinished: Error {}

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            self.result = Result { try work() }
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the work has finished; returns its value or rethrows its error.
    @discardableResult
    func wait() throws -> Value {
        if !finished {
            done.wait()
            finished = true
        }
        return try result.get()
    }
}
