import Foundation
import Testing

@testable import PortReportKit

@Suite("explanations' headings moved down a level for team pages")
struct DemoteHeadingsTests {
    @Test("<h3> and </h3> become h4 exactly where Foundation's replacement puts them; nothing else changes")
    func matchesReplacement() {
        let cases = [
            "", "<h3>", "</h3>", "<h3>Title</h3>\n<p>text</p>", "<h3 id=\"x\">kept</h3>", "<<h3>>", "<//h3>",
            "<h3", "</h3", "<h", "<", "h3>", "<h2>a</h2><h3>b</h3><h3>c</h3>", "é<h3>ü</h3>✓", "<H3>upper</H3>",
            "<h33>", "<h3><h3></h3></h3>",
        ]
        for html in cases {
            let expected = html.replacingOccurrences(of: "<h3>", with: "<h4>")
                .replacingOccurrences(of: "</h3>", with: "</h4>")
            #expect(SiteRenderer.demoteHeadings(html) == expected, "\(html.debugDescription)")
        }
        #expect(SiteRenderer.demoteHeadings("<h3>What</h3>") == "<h4>What</h4>")
    }
}
