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
