import Foundation
import Testing

@testable import PortReportKit

@Suite("The queue of pages")
struct PageQueueTests {
    static func jobs(_ count: Int) -> [SiteRenderer.PageJob] {
        (0..<count).map { index in SiteRenderer.PageJob(path: "p\(index)", template: "host", view: { _ in index }) }
    }

    @Test("the list is made once, on first demand, and every page is handed out once across threads")
    func handsOutEachOnce() throws {
        let made = Counter()
        let queue = PageQueue {
            made.add()
            return PageQueueTests.jobs(500)
        }
        #expect(made.value == 0)
        let taken = Parallel.map(4) { _ -> [String] in
            var paths: [String] = []
            while let job = queue.next() { paths.append(job.path) }
            return paths
        }
        #expect(made.value == 1)
        #expect(taken.flatMap { $0 }.sorted() == (0..<500).map { "p\($0)" }.sorted())
        #expect(queue.next() == nil)
    }

    @Test("after stop nothing more is handed out, before or after the list is made")
    func stop() {
        let started = PageQueue { PageQueueTests.jobs(3) }
        #expect(started.next()?.path == "p0")
        started.stop()
        #expect(started.next() == nil)
        let unstarted = PageQueue { PageQueueTests.jobs(3) }
        unstarted.stop()
        #expect(unstarted.next() == nil)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
