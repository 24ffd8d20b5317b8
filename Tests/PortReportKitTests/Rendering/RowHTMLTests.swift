import Foundation
import Testing

@testable import PortReportKit

@Suite("Compiled rows against their Mustache partials")
struct RowHTMLTests {
    static let hostile = "<script>alert('x&y')</script> \"quoted\" Zürich ✓"

    static func sampleRenderers() throws -> (compiled: SiteRenderer, reference: SiteRenderer) {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        let report = try ReportPipeline.analyse(options)
        let catalog = try ServiceCatalog()
        return (
            try SiteRenderer(report: report, catalog: catalog, rowsThroughTemplates: false),
            try SiteRenderer(report: report, catalog: catalog, rowsThroughTemplates: true)
        )
    }

    static func row(_ severity: Severity, note: String? = nil) -> FindingRow {
        FindingRow(
            severityName: severity.name, severityWord: severity.word, title: hostile, href: "../findings/a&b.html",
            cvss: "9.8 (v3.1)", cves: "CVE-2024-0001, CVE-2024-0002", knownExploited: true, exploitAvailable: true,
            epss: "0.974", compliance: "check; result: FAILED", sources: "a.nessus, b.xml", evidence: hostile,
            suppressedNote: note)
    }

    /// An asset block with every optional part present, and scanner text that needs escaping.
    static func fullBlock(showFacts: Bool) -> AssetBlock {
        let list = FindingList([row(.critical), row(.info), row(.low, note: "Suppressed: accepted")])
        let port = PortRow(
            anchor: "p-443-tcp", port: "443/tcp", onAddress: "on 10.0.0.1", serviceHref: "../services/443-tcp.html",
            serviceTitle: "HTTPS", serviceName: hostile, guessed: true, product: hostile, banner: hostile,
            path: "vip -> member", reachedThrough: "203.0.113.10:443/tcp (edge)", ownerNote: "Owned by X: rule",
            findingList: list)
        var bare = port
        bare.onAddress = nil
        bare.serviceName = nil
        bare.product = nil
        bare.banner = nil
        bare.path = nil
        bare.reachedThrough = nil
        bare.ownerNote = nil
        bare.findingList = FindingList([])
        let note = FirewallNote(
            suspectAddress: "10.0.0.1", answering: 900, tcpwrapped: 850, openFiltered: 3, threshold: 100,
            collapsedCount: 880, collapsedRanges: "1-21, 23/tcp")
        return AssetBlock(
            showFacts: showFacts, anchor: "asset-a", href: "../hosts/a.html", name: hostile, searchText: hostile,
            addresses: "10.0.0.1, 2001:db8::1", names: hostile, os: hostile, reasons: [hostile, "cidr: 10.0.0.0/8"],
            hasPorts: true, ports: [port, bare], hasHostFindings: true, hostFindingList: list, closest: hostile,
            firewallNotes: [note])
    }

    @Test("an asset block with every part filled renders as its partial does, for both kinds of page")
    func fullAssetBlock() throws {
        let renderers = try RowHTMLTests.sampleRenderers()
        for showFacts in [true, false] {
            let block = RowHTMLTests.fullBlock(showFacts: showFacts)
            let compiled = renderers.compiled.rows.assetBlocks([block, block])
            #expect(compiled == renderers.reference.rows.assetBlocks([block, block]))
            #expect(!compiled.contains("<script>"))
            #expect(
                compiled.contains("&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt; &quot;quoted&quot; Zürich ✓"))
            #expect(compiled.contains("Known exploited"))
            #expect(compiled.contains("scanner: &lt;script&gt;") && compiled.contains(" (guessed)</p>"))
            #expect(compiled.contains("<span class=\"meta\">none recorded</span>"))
            #expect(compiled.contains("1 suppressed (accepted risk)"))
            #expect(compiled.contains("Probable firewall or SYN proxy at 10.0.0.1"))
            #expect(compiled.contains("Closest rules: &lt;script&gt;"))
            #expect(compiled.contains("<dt>Names</dt>") == showFacts)
        }
    }

    @Test(
        "an asset block renders as its partial does with each optional part left out",
        arguments: 0..<32)
    func partialAssetBlocks(parts: Int) throws {
        let renderers = try RowHTMLTests.sampleRenderers()
        var block = RowHTMLTests.fullBlock(showFacts: parts & 1 != 0)
        if parts & 2 == 0 {
            block.hasPorts = false
            block.ports = []
        }
        if parts & 4 == 0 {
            block.hasHostFindings = false
            block.hostFindingList = FindingList([])
        }
        if parts & 8 == 0 { block.firewallNotes = [] }
        if parts & 16 == 0 {
            block.closest = nil
            block.names = nil
            block.os = nil
            block.reasons = []
        }
        #expect(renderers.compiled.rows.assetBlocks([block]) == renderers.reference.rows.assetBlocks([block]))
    }

    @Test(
        "a finding item's start made once per severity is the one written field by field", arguments: Severity.allCases)
    func itemHeads(severity: Severity) {
        var made = HTMLBuffer()
        RowHTML.findingItemHead(severity, titleHTML: HTMLBuffer.escaped(RowHTMLTests.hostile), into: &made)
        var written = HTMLBuffer()
        RowHTML.findingItemHead(
            severity: (severity.name, severity.word), title: .text(RowHTMLTests.hostile), into: &written)
        #expect(made.bytes == written.bytes)
        #expect(
            made.string.hasPrefix("<li class=\"finding\" data-severity=\"\(severity.name)\" data-search=\"&lt;script"))
        #expect(made.string.hasSuffix("\">\(severity.word)</span>\n<a href=\""))
    }

    @Test("finding-page and service-page rows render as their partials do")
    func tableRows() throws {
        let renderers = try RowHTMLTests.sampleRenderers()
        let full = AffectedRow(
            href: "../hosts/a.html", label: RowHTMLTests.hostile, address: "10.0.0.1", portText: "443/tcp",
            team: "Web & Platform", rowSeverityName: "high", rowSeverityWord: "High", output: RowHTMLTests.hostile,
            compliance: "c", rowCVEs: "CVE-1", rowSuppressed: "Suppressed: x")
        let bare = AffectedRow(
            href: "../hosts/b.html", label: "b", address: "b", portText: "host-level", team: "Unassigned",
            rowSeverityName: "info", rowSeverityWord: "Info", output: nil, compliance: nil, rowCVEs: nil,
            rowSuppressed: nil)
        let affected = renderers.compiled.rows.affectedRows([full, bare])
        #expect(affected == renderers.reference.rows.affectedRows([full, bare]))
        #expect(affected.contains("<td>Web &amp; Platform</td>"))
        let services = [
            ServiceRow(
                href: "../hosts/a.html", label: "a", team: "T", serviceName: RowHTMLTests.hostile,
                banner: RowHTMLTests.hostile, severityName: "critical", severityWord: "Critical"),
            ServiceRow(
                href: "../hosts/b.html", label: "b", team: "T", serviceName: "not given", banner: nil,
                severityName: "info", severityWord: "Info"),
        ]
        let compiled = renderers.compiled.rows.serviceRows(services)
        #expect(compiled == renderers.reference.rows.serviceRows(services))
        #expect(compiled.components(separatedBy: "<tr ").count == 3)
    }

    static let pagers: [Pager?] = [
        nil,
        Pager(
            pagerLabel: "Page 2 of 9",
            pagerLinks: [
                PagerLink(href: "index.html", label: "1", isCurrent: false, isGap: false),
                PagerLink(href: "page-2.html", label: "2", isCurrent: true, isGap: false),
                PagerLink(href: "", label: "…", isCurrent: false, isGap: true),
                PagerLink(href: "page-9.html?a&b", label: "9", isCurrent: false, isGap: false),
            ], previousHref: "index.html", nextHref: "page-3.html"),
        Pager(pagerLabel: "Page 1 of 2", pagerLinks: [], previousHref: nil, nextHref: nil),
    ]

    /// `page` through its template (with the blocks as HTML, as the template path fills them) and
    /// written directly must be the same bytes.
    static func expectSame(
        _ template: String, _ reference: SiteRenderer, _ templateView: Any, _ compiled: [UInt8],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = reference.library.render(templateView, withTemplate: template) ?? "missing template"
        #expect(String(decoding: compiled, as: UTF8.self) == expected, sourceLocation: sourceLocation)
    }

    @Test("team, Unassigned, finding and service pages with every optional part, or none, render as their templates do")
    func wholePages() throws {
        let renderers = try RowHTMLTests.sampleRenderers()
        let reference = renderers.reference
        let hostile = RowHTMLTests.hostile
        let blocks = [RowHTMLTests.fullBlock(showFacts: true), RowHTMLTests.fullBlock(showFacts: true)]
        let blocksHTML = reference.rows.assetBlocks(blocks)
        for pager in RowHTMLTests.pagers {
            for full in [true, false] {
                let shell = try #require(renderers.compiled.shells["../../"])
                var team = TeamPage(
                    chrome: renderers.compiled.chrome(root: "../../", title: hostile), root: "../../", heading: hostile,
                    isFirstPage: full, pager: pager, contacts: full ? hostile : nil, assetCount: 12, findingCount: 345,
                    csvHref: "../../data/teams/a&b.csv", suppressedCount: full ? 6 : nil,
                    counts: [SeverityCount(name: "critical", word: "Critical", count: 3)],
                    hasFirewallSuspects: full,
                    firewallSuspects: [
                        SuspectLink(href: "#asset-a", label: hostile, suspectAddress: "10.0.0.1", answering: 900)
                    ],
                    hasAssets: full,
                    assetLinks: [
                        AssetLink(href: "#asset-a", label: hostile, severityName: "high", severityWord: "High")
                    ], assets: full ? blocks : [], assetsHTML: "", hasServices: full,
                    services: [ServiceBlock(slug: "https", serviceHeading: hostile, html: "<p>Ours</p>\n")])
                let compiledTeam = RowHTML.teamPage(team, shell: shell).bytes
                team.assetsHTML = full ? blocksHTML : ""
                RowHTMLTests.expectSame("team", reference, team, compiledTeam)

                var unassigned = UnassignedPage(
                    chrome: renderers.compiled.chrome(root: "", title: hostile), root: "", heading: hostile,
                    isFirstPage: full, pager: pager, counts: [], hasAssets: full, assets: full ? blocks : [],
                    assetsHTML: "")
                let compiledUnassigned = RowHTML.unassignedPage(
                    unassigned, shell: try #require(renderers.compiled.shells[""])
                ).bytes
                unassigned.assetsHTML = full ? blocksHTML : ""
                RowHTMLTests.expectSame("unassigned", reference, unassigned, compiledUnassigned)

                let rows = [
                    AffectedRow(
                        href: "../hosts/a.html", label: hostile, address: "10.0.0.1", portText: "443/tcp", team: "T",
                        rowSeverityName: "high", rowSeverityWord: "High", output: hostile, compliance: nil,
                        rowCVEs: nil, rowSuppressed: nil)
                ]
                var finding = FindingPage(
                    chrome: renderers.compiled.chrome(root: "../", title: hostile), root: "../", heading: hostile,
                    pager: pager, severityName: "critical", severityWord: "Critical", scannerName: "Nessus",
                    pluginID: "1<2", family: full ? hostile : nil, affectedText: hostile,
                    cvssRows: full
                        ? [
                            CVSSRow(version: "3.1", score: "9.8", vector: hostile),
                            CVSSRow(version: "2.0", score: "no score", vector: nil),
                        ] : [],
                    cves: full ? hostile : nil, cwes: full ? "79" : nil, epss: full ? "0.5" : nil,
                    vpr: full ? "9.1" : nil, exploitAvailable: full, knownExploited: full ? "2024-01-01" : nil,
                    synopsis: full ? hostile : nil, descriptionText: full ? hostile + "\n\nmore" : nil,
                    solution: full ? hostile : nil, seeAlso: full ? TextList(items: [hostile, "https://x/?a&b"]) : nil,
                    rows: full ? rows : [], rowsHTML: "")
                let compiledFinding = RowHTML.findingPage(
                    finding, shell: try #require(renderers.compiled.shells["../"])
                ).bytes
                finding.rowsHTML = reference.rows.affectedRows(finding.rows)
                RowHTMLTests.expectSame("finding", reference, finding, compiledFinding)

                var service = ServicePage(
                    chrome: renderers.compiled.chrome(root: "../", title: hostile), root: "../", heading: hostile,
                    pager: pager, ianaName: full ? hostile : nil, exposureNote: hostile, explanationTitle: hostile,
                    explanationHTML: "<p>Ours &amp; only</p>", portText: "443/tcp",
                    rows: full
                        ? [
                            ServiceRow(
                                href: "../hosts/a.html", label: hostile, team: "T", serviceName: hostile, banner: nil,
                                severityName: "info", severityWord: "Info")
                        ] : [], rowsHTML: "")
                let compiledService = RowHTML.servicePage(
                    service, shell: try #require(renderers.compiled.shells["../"])
                ).bytes
                service.rowsHTML = reference.rows.serviceRows(service.rows)
                RowHTMLTests.expectSame("service", reference, service, compiledService)
            }
        }
    }

    @Test("every page of the Sample is the same whether its rows are compiled or rendered from the partials")
    func wholeSample() throws {
        let renderers = try RowHTMLTests.sampleRenderers()
        let folder = try TestFiles.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var roots: [URL] = []
        for (name, renderer) in [("compiled", renderers.compiled), ("reference", renderers.reference)] {
            let writer = try SiteWriter(output: folder.appendingPathComponent(name).path)
            try renderer.render(into: writer)
            try writer.commit()
            roots.append(folder.appendingPathComponent(name))
        }
        let compiled = SiteFiles(root: roots[0])
        let reference = SiteFiles(root: roots[1])
        #expect(compiled.paths == reference.paths)
        #expect(compiled.paths.count > 100)
        for path in compiled.paths {
            let a = try Data(contentsOf: roots[0].appendingPathComponent(path))
            let b = try Data(contentsOf: roots[1].appendingPathComponent(path))
            #expect(a == b, "\(path) differs")
        }
    }
}
