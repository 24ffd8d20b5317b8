import Foundation
import Testing

@testable import PortReportKit

@Suite("Pagination of long pages")
struct PaginationTests {
    @Test("page file names")
    func names() {
        #expect(Pagination.pageFile("index.html", page: 0) == "index.html")
        #expect(Pagination.pageFile("index.html", page: 2) == "page-3.html")
        #expect(Pagination.pageFile("unassigned.html", page: 1) == "unassigned-2.html")
        #expect(Pagination.rowChunks(2500) == [0..<1000, 1000..<2000, 2000..<2500])
        #expect(Pagination.rowChunks(0) == [0..<0])
    }

    @Test("a team with many systems gets several pages; the list on page 1 links into each; links resolve")
    func longTeam() throws {
        // 400 hosts with 10 findings each, all one team's: 4000 findings, more than two pages.
        let item = (0..<10).map { NessusFixture.item(port: "\(8000 + $0)", pluginID: "\(20000 + $0)") }
        let hosts = (0..<400).map { index in
            NessusFixture.host("10.1.\(index / 250).\(index % 250 + 1)", items: item.joined(separator: "\n"))
        }
        let scan = try TestFiles.write(NessusFixture.document(hosts.joined(separator: "\n")))
        let folder = try TestFiles.folder()
        try Data("teams:\n  - id: big\n    owns:\n      - cidr: 10.1.0.0/16\n".utf8)
            .write(to: folder.appendingPathComponent("portreport.yml"))
        var options = BuildOptions()
        options.configurationPath = folder.appendingPathComponent("portreport.yml").path
        options.inputs = [scan]
        options.output = folder.appendingPathComponent("site").path
        _ = try ReportPipeline.build(options)
        let site = SiteFiles(root: folder.appendingPathComponent("site"))
        let pages = site.paths.filter { $0.hasPrefix("teams/big/") }
        #expect(pages == ["teams/big/index.html", "teams/big/page-2.html", "teams/big/page-3.html"])
        let first = try site.text("teams/big/index.html")
        #expect(first.contains("<a href=\"page-3.html#asset-10-1-1-150\">10.1.1.150</a>"))
        #expect(first.contains("<span>Page 1 of 3:</span>"))
        let third = try site.text("teams/big/page-3.html")
        #expect(third.contains("<h1>big, page 3 of 3</h1>"))
        #expect(!third.contains("<h2 id=\"sum-h\">Summary</h2>"))
        // 400 hosts share plugin 20000: its page lists 400 rows, within one page.
        #expect(site.paths.filter { $0.hasPrefix("findings/nessus-20000") } == ["findings/nessus-20000.html"])
        let (broken, checked) = try site.brokenLinks()
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        #expect(checked > 4000)
    }

    @Test("a long pager links the first and last pages and those near the current one, with gaps between")
    func pagerWindow() throws {
        let labels = { (current: Int, count: Int) -> [String] in
            (Pagination.pager(current: current, count: count, base: "unassigned.html")?.pagerLinks ?? []).map {
                $0.isCurrent ? "[\($0.label)]" : $0.label
            }
        }
        #expect(labels(0, 1) == [])
        #expect(labels(2, 5) == ["1", "2", "[3]", "4", "5"])
        #expect(labels(0, 460) == ["[1]", "2", "3", "4", "…", "460"])
        #expect(labels(229, 460) == ["1", "…", "227", "228", "229", "[230]", "231", "232", "233", "…", "460"])
        #expect(labels(459, 460) == ["1", "…", "457", "458", "459", "[460]"])
        #expect(labels(4, 9) == ["1", "2", "3", "4", "[5]", "6", "7", "8", "9"])
        // A gap never hides a single page: that page is shown instead.
        #expect(labels(5, 11) == ["1", "2", "3", "4", "5", "[6]", "7", "8", "9", "10", "11"])
        #expect(labels(5, 20) == ["1", "2", "3", "4", "5", "[6]", "7", "8", "9", "…", "20"])
        #expect(labels(14, 20) == ["1", "…", "12", "13", "14", "[15]", "16", "17", "18", "19", "20"])
        for count in 2...40 {
            for current in 0..<count {
                let links = Pagination.pager(current: current, count: count, base: "x.html")?.pagerLinks ?? []
                let numbers = links.compactMap { Int($0.label) }
                // Each gap stands for two pages or more.
                for (index, link) in links.enumerated() where link.isGap {
                    let before = Int(links[index - 1].label) ?? 0
                    let after = Int(links[index + 1].label) ?? 0
                    #expect(after - before > 2, "count \(count), current \(current)")
                }
                #expect(numbers.first == 1 && numbers.last == count && numbers == numbers.sorted())
            }
        }
        let pager = try #require(Pagination.pager(current: 229, count: 460, base: "unassigned.html"))
        #expect(pager.pagerLinks.first { $0.label == "231" }?.href == "unassigned-231.html")
        #expect(pager.previousHref == "unassigned-229.html" && pager.nextHref == "unassigned-231.html")
    }
}
