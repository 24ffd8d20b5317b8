import Foundation
import Testing

@testable import PortReportKit

@Suite("Scan dates")
struct ScanDateTests {
    @Test(
        "every date format scanner exports use",
        arguments: [
            ("Tue Nov 24 02:10:11 2026", 1_795_486_211.0),
            ("Tue Nov  3 02:10:11 2026", 1_793_671_811.0),
            ("2026-11-24T02:10:11Z", 1_795_486_211.0),
            ("2026-11-24T02:10:11.5Z", 1_795_486_211.5),
            ("2026-11-24T02:10:11.250000000+00:00", 1_795_486_211.25),
            ("2026-11-24T03:10:11+01:00", 1_795_486_211.0),
            ("2026-11-23T21:10:11-0500", 1_795_486_211.0),
            ("2026-11-24 02:10:11", 1_795_486_211.0),
            ("2026-11-24", 1_795_478_400.0),
            ("11/24/2026 02:10:11", 1_795_486_211.0),
            ("11/24/2026", 1_795_478_400.0),
            ("1795486211", 1_795_486_211.0),
        ])
    func formats(text: String, seconds: Double) {
        #expect(ScanDate.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(
        "nonsense is no date",
        arguments: [
            "", "yesterday", "2026-13-01", "Tue Foo 24 02:10:11 2026", "24/11", "2026-11-24X",
            // Days the month does not have, in each format (timegm would roll them over).
            "2026-02-31", "2026-02-29T00:00:00Z", "Mon Feb 30 00:00:00 2026", "04/31/2026", "2100-02-29", "2026-06-00",
        ])
    func nonsense(text: String) {
        #expect(ScanDate.parse(text) == nil)
    }

    @Test("the last day of each month, leap years included, is a date")
    func lastDays() {
        #expect(ScanDate.parse("2024-02-29")?.timeIntervalSince1970 == 1_709_164_800)
        #expect(ScanDate.parse("2000-02-29") != nil)
        #expect(ScanDate.parse("Thu Apr 30 12:00:00 2026") != nil)
        #expect(ScanDate.parse("12/31/2026") != nil)
        #expect((1...12).map { ScanDate.daysIn($0, of: 2026) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(ScanDate.daysIn(2, of: 2100) == 28)
        #expect(ScanDate.daysIn(2, of: 2400) == 29)
    }
}
