import Testing

@testable import PortReportKit

@Suite("Finding pages")
struct FindingPageTests {
    @Test("each row names the team of the port it is listed under, on an asset with the same port on two addresses")
    func ownerOfEachRow() throws {
        let configuration = try Fixtures.configuration(
            """
            teams:
              - id: web
                name: Web
                owns:
                  - asset: portal
              - id: payments
                name: Payments
                owns:
                  - endpoint: 10.1.0.1:443/tcp
            assets:
              - name: portal
                addresses: [10.0.0.1, 10.1.0.1]
            """)
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "x", format: "nessus")]
        scan.hosts = [Fixtures.host("10.0.0.1"), Fixtures.host("10.1.0.1")]
        scan.findings = [
            Fixtures.finding(host: 0, port: 443, plugin: "7"),
            Fixtures.finding(host: 1, port: 443, plugin: "7"),
            Fixtures.finding(host: 1, port: nil, plugin: "7"),
        ]
        let report = ReportBuilder(configuration: configuration).build(scan)
        #expect(report.assets.count == 1)
        let renderer = try SiteRenderer(report: report, catalog: try ServiceCatalog(), rowsThroughTemplates: false)
        let affected = renderer.affectedByPlugin()
        let places = try #require(affected.first { $0.0.id == "7" }?.1)
        let page = renderer.findingPage(
            PluginKey(scanner: .nessus, id: "7"), places: places, chunks: Pagination.rowChunks(places.count), page: 0)
        let rows = page.rows.map { "\($0.address) \($0.portText) \($0.team)" }
        #expect(rows.sorted() == ["10.0.0.1 443/tcp Web", "10.1.0.1 443/tcp Payments", "10.1.0.1 host-level Web"])
    }
}
