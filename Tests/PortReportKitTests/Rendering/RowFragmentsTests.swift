import Testing

@testable import PortReportKit

@Suite("Rows written once for a section page and copied into host pages")
struct RowFragmentsTests {
    /// Two root-relative links around scanner text that itself looks like a root.
    static func write(root: String, into html: inout HTMLBuffer) {
        html.raw("<a href=\"")
        html.link(root + "hosts/a&b.html")
        html.raw("\">")
        html.text(RowHTMLTests.hostile + " ../../ ")
        html.raw("</a><a href=\"")
        html.link(root + "services/443-tcp.html")
        html.raw("\">../</a>")
    }

    @Test("a fragment written at one depth reads, at any other, as if written there", arguments: SiteLinks.roots)
    func movesBetweenDepths(from: String) throws {
        var source = HTMLBuffer()
        source.raw("<p>before</p>")
        let start = source.startFragment()
        RowFragmentsTests.write(root: from, into: &source)
        let taken = source.fragment(from: start, root: from)
        let fragment = try #require(taken)
        #expect(fragment.roots.count == 2)
        #expect(!String(decoding: fragment.bytes, as: UTF8.self).contains("<p>before"))
        for target in SiteLinks.roots {
            var moved = HTMLBuffer()
            moved.append(fragment, root: target)
            var direct = HTMLBuffer()
            RowFragmentsTests.write(root: target, into: &direct)
            #expect(moved.bytes == direct.bytes)
            #expect(String(decoding: moved.bytes, as: UTF8.self).contains("href=\"\(target)hosts/a&amp;b.html\""))
        }
    }

    @Test("a link that does not start with the page's root gives no fragment")
    func foreignLink() {
        var html = HTMLBuffer()
        let start = html.startFragment()
        html.link("https://example.com/")
        let foreign = html.fragment(from: start, root: "../")
        #expect(foreign == nil)
        // Links written outside a fragment are not noted.
        html.link("../hosts/a.html")
        let next = html.startFragment()
        html.text("no links")
        let plain = html.fragment(from: next, root: "../")
        #expect(plain?.roots == [])
    }

    @Test("every host page of the sample is written once, and the same from copied rows as alone")
    func hostPagesFromSectionRows() throws {
        let renderer = try RowHTMLTests.sampleRenderers().compiled
        let report = renderer.report
        var written: [String] = []
        var copied = 0
        for job in renderer.pageJobs() {
            if job.template == "host" { written.append(job.path) }
            guard !job.hosts.isEmpty else { continue }
            // As a worker does it: the section page first, keeping its owners' rows.
            let fragments = RowFragments()
            let sectionBytes = renderer.compiledPage(job.view(fragments))?.bytes
            let section = try #require(sectionBytes)
            #expect(!section.isEmpty)
            copied += fragments.count
            for asset in job.hosts {
                written.append(SiteLinks.host(report.assets[asset].asset))
                let shared = renderer.compiledPage(renderer.hostPage(asset, fragments: fragments))?.bytes
                let alone = renderer.compiledPage(renderer.hostPage(asset))?.bytes
                #expect(shared != nil)
                #expect(shared == alone, "host page of \(report.assets[asset].asset.id) differs")
            }
        }
        #expect(written.sorted() == report.assets.map { SiteLinks.host($0.asset) }.sorted())
        #expect(copied >= report.assets.count)
    }
}
