import Foundation
import Testing

@testable import PortReportKit

@Suite("Exports written in one pass")
struct ExportPassTests {
    static func sampleReport() throws -> Report {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        return try ReportPipeline.analyse(options)
    }

    @Test("cells a spreadsheet would read as formulas, quotes and line breaks: the files are the records' bytes")
    func hostileCells() throws {
        let cells = ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=\"a\",b", "-,", "plain", "é=", "a\"b", "\n"]
        let configuration = try Fixtures.configuration("teams:\n  - id: a\n    owns:\n      - cidr: 10.0.0.0/8\n")
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "x", format: "nessus")]
        scan.hosts = [Fixtures.host("10.0.0.1"), Fixtures.host("192.0.2.1")]
        for (number, cell) in cells.enumerated() {
            // The cell as a plugin's name (written once, in `PluginExport`) and as evidence.
            scan.register(PluginInfo(key: PluginKey(scanner: .nessus, id: "\(number)"), name: cell))
            for host in scan.hosts.indices {
                var finding = Fixtures.finding(host: host, port: 1000 + number, plugin: "\(number)")
                finding.evidence = cell
                scan.findings.append(finding)
            }
        }
        var hyperlink = Fixtures.finding(host: 0, port: 443, plugin: "0")
        hyperlink.evidence = "=HYPERLINK(\"http://x\"), 1"
        scan.findings.append(hyperlink)
        let report = ReportBuilder(configuration: configuration).build(scan)
        try ExportPassTests.expectFilesAreTheRecords(report)
        let rows = FindingsExport(report: report).records().map {
            String(decoding: FindingsCSV.referenceLine($0), as: UTF8.self)
        }
        #expect(rows.count == 2 * cells.count + 1)
        #expect(rows.contains { $0.contains(",\"'=HYPERLINK(\"\"http://x\"\"), 1\",") })
    }

    @Test("each port goes to the sections that show it, whatever order they list their ports in")
    func portViewers() {
        func item(_ ports: [Int]) -> TeamAsset { TeamAsset(asset: 0, ports: ports, ownsAsset: false, reasons: []) }
        var viewers = PortViewers([(4, item([3, 1])), (7, item([1, 2])), (9, item([]))])
        #expect((0...4).map { viewers.sections(showing: $0) } == [[], [4, 7], [7], [4], []])
    }

    @Test("one pass writes findings.json, findings.csv and each section's CSV: its page's findings in page order")
    func sectionFiles() throws {
        let seen = try ExportPassTests.expectFilesAreTheRecords(try ExportPassTests.sampleReport())
        // The Sample's load balancers show some ports to two teams: those rows go to two files.
        #expect(seen.values.contains { $0 > 1 })
    }

    @Test("hostile text in the fields written once per plugin, place, host and input: the files are the records' bytes")
    func hostileFragments() throws {
        let configuration = try Fixtures.configuration(
            """
            teams:
              - id: a
                owns:
                  - cidr: 10.0.0.0/8
            suppressions:
              - plugin: nessus:8
                scope: 10.0.0.0/8
                reason: '=accepted, "by" a'
                owner: a
                expires: 2099-01-01
            """)
        var scan = ScanResult()
        scan.inputs = [
            InputSummary(path: "scans/a,\"b\".nessus", format: "nessus"), InputSummary(path: "=two", format: "nessus"),
        ]
        scan.hosts = [
            Fixtures.host("10.0.0.1", names: ["=host,\"one\".example"]), Fixtures.host(nil, names: ["@named-only"]),
            Fixtures.host("10.0.0.1", names: ["=host,\"one\".example"], input: 1), Fixtures.host("192.0.2.9"),
        ]
        var rated = PluginInfo(key: PluginKey(scanner: .nessus, id: "7"), name: "Plugin \"7\", <b>\n")
        rated.cvss = [CVSS(version: "3.1", score: 9.8, vector: "CVSS:3.1/AV:N,\"x\"")]
        rated.cves = ["CVE-2020-1", "-CVE\""]
        rated.cwes = ["79"]
        rated.epss = 0.0046
        rated.knownExploited = "2024-01-01"
        rated.exploitAvailable = true
        scan.register(rated)
        scan.register(PluginInfo(key: PluginKey(scanner: .nessus, id: "8"), name: "-8, \\ \u{2028}"))
        var web = Fixtures.finding(host: 0, port: 443, plugin: "7")
        web.evidence = "line 1\r\nline, \"2\"\t\\ é ✓ \u{1B}"
        web.serviceName = "=www"
        web.serviceGuessed = true
        var again = web
        again.host = 2
        again.input = 1
        var audit = Fixtures.finding(host: 0, port: nil, plugin: "8")
        var result = ComplianceResult()
        result.checkName = "+check, \"x\""
        result.result = "FAILED"
        audit.compliance = result
        var own = Fixtures.finding(host: 0, port: 80, plugin: "7")
        own.cvss = CVSS(version: "4.0", score: 7.1, vector: nil)
        own.cves = ["CVE-2019-9"]
        var named = Fixtures.finding(host: 1, port: 53, transport: .udp, plugin: "8", severity: .high)
        named.evidence = "=cmd|' /C calc'!A0"
        scan.findings = [
            web, again, audit, own, Fixtures.finding(host: 0, port: 22, plugin: "404"), named,
            Fixtures.finding(host: 3, port: 8080, plugin: "7", severity: .critical),
            Fixtures.finding(host: 0, port: 443, plugin: "8", severity: .low),
        ]
        let report = ReportBuilder(configuration: configuration).build(scan)
        #expect(report.sections.count == 2)
        try ExportPassTests.expectFilesAreTheRecords(report)
        let json = FindingsExport(report: report).records()
        #expect(json.count == 7)
        #expect(json.contains { $0.alsoReportedIn == ["=two"] } && json.contains { $0.suppressed != nil })
        #expect(json.contains { $0.address == nil && $0.hostName == "@named-only" })
        #expect(json.contains { $0.complianceCheck == "+check, \"x\"" })
    }

    /// Writes `report`'s exports in one pass and expects each file to be the bytes its records
    /// make through `FindingsJSON` and `FindingsCSV`'s reference writer; returns how many files
    /// each finding's row went to, by fingerprint.
    @discardableResult
    static func expectFilesAreTheRecords(_ report: Report) throws -> [String: Int] {
        let export = FindingsExport(report: report)
        let folder = try TestFiles.folder()
        func stream(_ name: String) throws -> SiteStream {
            try SiteStream(url: folder.appendingPathComponent(name), capacity: 256)
        }
        let json = try stream("findings.json")
        let csv = try stream("findings.csv")
        let sections = try report.sections.indices.map { try stream("section-\($0).csv") }
        try export.write(json: json, csv: csv, sections: report.sections.indices, sectionCSVs: sections)
        for file in [json, csv] + sections { try file.close() }
        func bytes(_ name: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        }

        let records = export.records()
        var header: [UInt8] = []
        FindingsCSV.csv([]).withUnsafeBytes { header = Array($0) }
        #expect(try bytes("findings.csv") == header + records.flatMap(FindingsCSV.referenceLine))
        let lines = records.map { record -> String in
            var line = ByteBuffer(capacity: 16)
            FindingsJSON.append(record, to: &line)
            return String(decoding: line.array, as: UTF8.self)
        }
        #expect(try bytes("findings.json") == Array(("[\n" + lines.joined(separator: ",\n") + "\n]\n").utf8))

        // The reference: each section's page, item by item, as the section lists them.
        var seen: [String: Int] = [:]
        for (sectionIndex, section) in report.sections.enumerated() {
            var expected = header
            for item in section.assets {
                let detail = report.assets[item.asset]
                var hosts = HostExport()
                if item.ownsAsset {
                    let place = FindingsExport.Place(attribution: detail.attribution, path: nil)
                    for index in detail.hostFindings {
                        expected += FindingsCSV.referenceLine(
                            export.record(index, detail: detail, place: place, &hosts))
                    }
                }
                for portIndex in item.ports {
                    let port = detail.ports[portIndex]
                    let place = FindingsExport.Place(attribution: port.attribution, path: port.loadBalancerPath)
                    for index in port.findings {
                        let record = export.record(index, detail: detail, place: place, &hosts)
                        expected += FindingsCSV.referenceLine(record)
                        seen[record.fingerprint, default: 0] += 1
                    }
                }
            }
            #expect(try bytes("section-\(sectionIndex).csv") == expected, "section \(section.team?.id ?? "unassigned")")
        }
        return seen
    }

    @Test("with more sections than one pass may open, the site's files are the same bytes")
    func sectionBatches() throws {
        let report = try ExportPassTests.sampleReport()
        #expect(report.sections.count >= 5)
        func build(_ perPass: Int) throws -> (URL, SiteFiles) {
            let output = try TestFiles.folder().appendingPathComponent("public")
            let writer = try SiteWriter(output: output.path)
            var renderer = try SiteRenderer(report: report, catalog: try ServiceCatalog())
            renderer.sectionsPerPass = perPass
            try renderer.render(into: writer)
            try writer.commit()
            return (output, SiteFiles(root: output))
        }
        let (whole, wholeFiles) = try build(1000)
        let (batched, batchedFiles) = try build(2)
        let data = wholeFiles.paths.filter { $0.hasPrefix("data/") }
        #expect(data.count == report.sections.count + 3)
        #expect(batchedFiles.paths == wholeFiles.paths)
        for path in data {
            let a = try Data(contentsOf: whole.appendingPathComponent(path))
            let b = try Data(contentsOf: batched.appendingPathComponent(path))
            #expect(a == b, "\(path) differs")
        }
    }

    @Test("a finding's own CVSS and CVEs win over its plugin's in its row; the rest of the row is the plugin's")
    func ownRatings() throws {
        let configuration = try Fixtures.configuration("teams:\n  - id: a\n    owns:\n      - cidr: 10.0.0.0/8\n")
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "x", format: "nessus")]
        scan.hosts = [Fixtures.host("10.0.0.1")]
        var plugin = PluginInfo(key: PluginKey(scanner: .nessus, id: "7"), name: "Plugin <7>")
        plugin.cvss = [CVSS(version: "3.1", score: 7.5, vector: nil)]
        plugin.cves = ["CVE-2020-2", "CVE-2020-1"]
        plugin.epss = 0.12345
        scan.register(plugin)
        var own = Fixtures.finding(host: 0, port: 80, plugin: "7")
        own.cvss = CVSS(version: "4.0", score: 9.1, vector: nil)
        own.cves = ["CVE-2019-9", "CVE-2020-1"]
        var unscored = Fixtures.finding(host: 0, port: 81, plugin: "7")
        unscored.cvss = CVSS(version: "2.0", score: nil, vector: nil)
        scan.findings = [
            own, Fixtures.finding(host: 0, port: 22, plugin: "7"), unscored,
            Fixtures.finding(host: 0, port: 23, plugin: "404"),
        ]
        let report = ReportBuilder(configuration: configuration).build(scan)
        let views = ViewFactory(
            report: report, catalog: try ServiceCatalog(), links: SiteLinks(plugins: report.scan.plugins.keys))

        let mine = views.findingRow(0, root: "../")
        #expect(mine.cvss == "9.1 (v4.0)")
        #expect(mine.cves == "CVE-2019-9, CVE-2020-1, CVE-2020-2")
        #expect(mine.title == "Plugin <7>" && mine.href == "../findings/nessus-7.html" && mine.epss == "0.123")
        let plain = views.findingRow(1, root: "")
        #expect(plain.cvss == "7.5 (v3.1)")
        #expect(plain.cves == "CVE-2020-2, CVE-2020-1")
        #expect(plain.href == "findings/nessus-7.html")
        // A rating of its own without a score shows no score, as `ScanResult.cvss(of:)` chooses it.
        #expect(views.findingRow(2, root: "").cvss == nil)
        let unknown = views.findingRow(3, root: "")
        #expect(unknown.title == "Nessus plugin 404" && unknown.cvss == nil && unknown.cves == nil)
        #expect(unknown.href == "findings/nessus-404.html")
    }
}
