import Foundation
import Testing

@testable import PortReportKit

@Suite("search-index.js against JSONSerialization")
struct SearchIndexTests {
    /// What the index was written with before: JSONSerialization, then U+2028/2029 replaced.
    static func reference(_ entries: [[String]]) throws -> String {
        let json = try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys])
        let text = String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return "window.PORTREPORT_SEARCH = " + text + ";\n"
    }

    static func written(_ entries: [[String]]) -> String {
        String(decoding: SearchIndex.script(entries), as: UTF8.self)
    }

    @Test("the Sample's index is what JSONSerialization wrote")
    func sample() throws {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        let report = try ReportPipeline.analyse(options)
        let renderer = try SiteRenderer(report: report, catalog: try ServiceCatalog())
        let index = SearchIndex(report: report, views: renderer.views, links: renderer.links)
        let entries = index.entries()
        #expect(entries.count > 50)
        #expect(String(decoding: index.script(), as: UTF8.self) == (try SearchIndexTests.reference(entries)))
    }

    @Test("hostile names are escaped as JSONSerialization escapes them, and stay one script string")
    func hostile() throws {
        var controls = ""
        for scalar in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        let entries = [
            ["system", "</script><script>alert(1)</script>", "a\u{2028}b\u{2029}c", "hosts/x.html"],
            ["finding", "quote \" backslash \\ slash / é ✓ 🚀 \u{7F}", controls, ""],
            [],
        ]
        let text = SearchIndexTests.written(entries)
        #expect(text == (try SearchIndexTests.reference(entries)))
        #expect(!text.contains("</script>") && !text.contains("\u{2028}"))
    }
}
