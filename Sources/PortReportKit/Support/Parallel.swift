import Foundation

/// Runs independent work (pages, input files) on every core and returns the results in index order.
enum Parallel {
    /// Results written by many threads, each to its own slot.
    private final class Slots<T>: @unchecked Sendable {
        // Safe without a lock for the slots themselves: every index is written by exactly one
        // iteration of concurrentPerform. The first error is guarded by `lock`.
        var values: [T?]
        var error: Error?
        let lock = NSLock()

        init(count: Int) {
            values = [T?](repeating: nil, count: count)
        }
    }

    /// `transform(0..<count)` computed concurrently; the first error thrown is rethrown.
    static func map<T>(_ count: Int, _ transform: @Sendable (Int) throws -> T) throws -> [T] {
        let slots = Slots<T>(count: count)
        slots.values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                // After a failure the rest is skipped: the result will be thrown away.
                guard slots.lock.withLock({ slots.error == nil }) else { return }
                do {
                    base[index] = try transform(index)
                } catch {
                    slots.lock.lock()
                    if slots.error == nil { slots.error = error }
                    slots.lock.unlock()
                }
            }
        }
        if let error = slots.error { throw error }
        return slots.values.compactMap { $0 }
    }

    /// `transform(0..<count)` computed concurrently, for work that cannot fail.
    static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        // The throwing version rethrows only what `transform` throws, and this one throws nothing.
        (try? map(count) { (index: Int) throws -> T in transform(index) }) ?? []
    }
}
