import Foundation

/// Where the reader threads of `NessusLoader.loadParts` take parts to read and leave what they
/// read, and where the loader waits for each part in turn.
final class PartBoard: @unchecked Sendable {
    // Every field is read and written under `condition`.
    private let condition = NSCondition()
    private var next = 0
    private var stopped = false
    private let count: Int
    /// Per part: not yet read (`nil`), read (`.some(reader)`), or failed (`.some(nil)`).
    private var done: [NessusReader??]

    init(count: Int) {
        self.count = count
        done = Array(repeating: nil, count: count)
    }

    /// The next part to read, or `nil` when none is left (or reading has stopped).
    func take() -> Int? {
        condition.withLock {
            guard !stopped, next < count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// Leaves the reader of part `index` (`nil` when it failed).
    func finish(_ index: Int, reader: NessusReader?) {
        condition.withLock {
            done[index] = .some(reader)
            condition.broadcast()
        }
    }

    /// Waits until part `index` is read; its reader, or `nil` when it failed.
    func wait(for index: Int) -> NessusReader? {
        condition.withLock {
            while done[index] == nil { condition.wait() }
            return done[index] ?? nil
        }
    }

    /// No more parts are handed out.
    func stop() {
        condition.withLock { stopped = true }
    }
}
