import Foundation

/// The pages of the site handed out one at a time to the workers that render them.
///
/// The list is made on first demand (by the first worker to ask, while another is already
/// writing the exports), so that making it does not hold up every core.
final class PageQueue: @unchecked Sendable {
    // Every field is read and written under `lock`.
    private let lock = NSLock()
    private var make: (() -> [SiteRenderer.PageJob])?
    private var jobs: [SiteRenderer.PageJob] = []
    private var position = 0

    init(_ make: @escaping () -> [SiteRenderer.PageJob]) {
        self.make = make
    }

    /// The next page to render, or `nil` when all have been handed out or the queue was stopped.
    func next() -> SiteRenderer.PageJob? {
        lock.withLock {
            if let make {
                jobs = make()
                self.make = nil
            }
            guard position < jobs.count else { return nil }
            defer { position += 1 }
            return jobs[position]
        }
    }

    /// Hands out nothing more (after a failure).
    func stop() {
        lock.withLock {
            make = nil
            position = jobs.count
        }
    }
}
