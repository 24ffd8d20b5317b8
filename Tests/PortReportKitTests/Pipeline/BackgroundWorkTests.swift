import Testing

@testable import PortReportKit

@Suite("Work on a thread of its own")
struct BackgroundWorkTests {
    struct Refused: Error, Equatable {}

    @Test("work that cannot fail gives its value; work that fails rethrows its own error, every time asked")
    func valueAndError() {
        let sum = BackgroundWork { (1...100).reduce(0, +) }
        #expect(sum.wait() == 5050)
        #expect(sum.wait() == 5050)
        let failing = BackgroundWork { () throws(Refused) -> Int in throw Refused() }
        #expect(throws: Refused()) { try failing.wait() }
        #expect(throws: Refused()) { try failing.wait() }
    }
}
