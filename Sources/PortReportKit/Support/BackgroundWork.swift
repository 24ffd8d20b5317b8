import Foundation

/// Work started on a thread of its own at once, and waited for later: what runs beside other
/// work (the pages, asset identification, the scans) when it does not need it.
///
/// The error type is the work's own: work that cannot fail (`Failure == Never`) is waited for
/// without `try`, so no caller needs a fallback for an error that cannot happen.
final class BackgroundWork<Value, Failure: Error>: @unchecked Sendable {
    // `result` is written once by the thread before `done` is signalled and read only after
    // `wait()` has seen the signal, so the semaphore orders the accesses.
    private var result: Result<Value, Failure>?
    private let done = DispatchSemaphore(value: 0)
    private var finished = false

    init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        let thread = Thread { [self] in
            do throws(Failure) {
                self.result = .success(try work())
            } catch {
                self.result = .failure(error)
            }
            self.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Blocks until the work has finished; returns its value or rethrows its error.
    @discardableResult
    func wait() throws(Failure) -> Value {
        if !finished {
            done.wait()
            finished = true
        }
        // Set before `done` was signalled, which `done.wait()` has seen.
        guard let result else { preconditionFailure("BackgroundWork finished without a result") }
        return try result.get()
    }
}
