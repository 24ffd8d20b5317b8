import Testing

@testable import PortReportKit

@Suite("Identification and grouping")
struct ReportBuilderTests {
    @Test("placeholder names and MACs are recognised with spaces or tabs around them, as Foundation trims them")
    func placeholderEvidence() {
        #expect(!HostEvidence.isMeaningful(name: " Unknown\t"))
        #expect(!HostEvidence.isMeaningful(name: "localhost"))
        // Foundation's `.whitespaces` leaves line breaks: such a name is kept, as it always was.
        #expect(HostEvidence.isMeaningful(name: "unknown\n"))
        #expect(!HostEvidence.isMeaningful(name: "10.0.0.1"))
        #expect(HostEvidence.isMeaningful(name: "db1.example.com"))
        #expect(!HostEvidence.isMeaningful(mac: " FF:FF:FF:FF:FF:FF "))
        #expect(HostEvidence.isMeaningful(mac: "00:50:56:aa:bb:cc"))
    }

    @Test("assets are built in chunks that cover every index once, in order")
    func chunks() {
        for count in [0, 1, 2, 7, 8, 9, 100, 1001] {
            let chunks = ReportBuilder.chunks(count)
            #expect(chunks.flatMap { Array($0) } == Array(0..<count), "count \(count)")
            #expect(chunks.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("hosts with the same address from two inputs become one asset; a configured asset joins two addresses")
    func identification() throws {
        let configuration = try Fixtures.configuration(
            "assets:\n  - name: billing-db\n    addresses: [10.20.4.5]\n    names: [billing-db.corp.example.com]\n")
        let hosts = [
            Fixtures.host("10.0.0.9", input: 0), Fixtures.host("10.0.0.9", input: 1),
            Fixtures.host("10.20.4.5"), Fixtures.host("192.0.2.45", names: ["billing-db.corp.example.com"]),
            Fixtures.host(nil, names: ["only-a-name.example.com"]),
        ]
        let (assets, assetOfHost) = AssetIdentifier(definitions: configuration.assets).identify(hosts)
        #expect(assets.map(\.id) == ["10-0-0-9", "billing-db", "only-a-name-example-com"])
        #expect(assets[1].addresses.map(\.description) == ["10.20.4.5", "192.0.2.45"])
        #expect(assets[1].displayName == "billing-db")
        #expect(assetOfHost == [0, 0, 1, 1, 2])
        #expect(
            assets[1].mergeEvidence == [
                "10.20.4.5 is listed under asset 'billing-db' in the configuration",
                "name billing-db.corp.example.com is listed under asset 'billing-db' in the configuration",
            ])
    }

    @Test("Team → Asset → Port → findings, sorted: most severe first, ports by address then number and transport")
    func grouping() throws {
        let configuration = try Fixtures.configuration("teams:\n  - id: a\n    owns:\n      - cidr: 10.0.0.0/8\n")
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "x", format: "nessus")]
        scan.hosts = [Fixtures.host("10.0.0.2"), Fixtures.host("10.0.0.1")]
        scan.findings = [
            Fixtures.finding(host: 0, port: 9100, transport: .udp, plugin: "5", severity: .low),
            Fixtures.finding(host: 0, port: 9100, transport: .tcp, plugin: "4", severity: .low),
            Fixtures.finding(host: 0, port: 22, plugin: "3", severity: .info),
            Fixtures.finding(host: 0, port: 22, plugin: "2", severity: .critical),
            Fixtures.finding(host: 0, port: nil, plugin: "1", severity: .high),
            Fixtures.finding(host: 1, port: 80, plugin: "6"),
        ]
        let report = ReportBuilder(configuration: configuration).build(scan)
        #expect(report.assets.map { $0.asset.id } == ["10-0-0-1", "10-0-0-2"])
        let ports = report.assets[1].ports
        #expect(ports.map(\.port.description) == ["22/tcp", "9100/tcp", "9100/udp"])
        #expect(ports[0].findings == [3, 2])
        #expect(ports[0].highestSeverity == .critical)
        #expect(report.assets[1].hostFindings == [4])
        #expect(report.sections.map { $0.team?.id } == ["a", nil])
        #expect(report.sections[0].assets.map(\.asset) == [0, 1])
        #expect(report.findings(in: report.sections[0]).count == 6)
    }

    @Test("the same finding in two inputs is shown once, listing the other input")
    func duplicates() throws {
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "a", format: "nessus"), InputSummary(path: "b", format: "nessus")]
        scan.hosts = [Fixtures.host("10.0.0.1", input: 0), Fixtures.host("10.0.0.1", input: 1)]
        scan.findings = [
            Fixtures.finding(host: 0, port: 443, plugin: "7", input: 0),
            Fixtures.finding(host: 1, port: 443, plugin: "7", input: 1),
            Fixtures.finding(host: 1, port: 443, transport: .udp, plugin: "7", input: 1),
        ]
        let report = ReportBuilder(configuration: Configuration()).build(scan)
        #expect(report.shownFindings.sorted() == [0, 2])
        #expect(report.duplicateOf == [1: 0])
        #expect(report.alsoReportedIn == [0: [1]])
    }

    @Test("of a finding seen in several scans, the newest is shown and the others listed, newest first")
    func newestFirst() throws {
        var scan = ScanResult()
        scan.inputs = ["old", "new", "middle"].map { InputSummary(path: $0, format: "nessus") }
        scan.hosts = [
            Fixtures.host("10.0.0.1", input: 0), Fixtures.host("10.0.0.1", input: 1),
            Fixtures.host("10.0.0.1", input: 2),
        ]
        scan.hosts[0].scanTime = ScanDate.parse("2026-01-01T00:00:00Z")
        scan.hosts[1].scanTime = ScanDate.parse("2026-11-01T00:00:00Z")
        scan.hosts[2].scanTime = ScanDate.parse("2026-06-01T00:00:00Z")
        scan.findings = (0..<3).map { Fixtures.finding(host: $0, port: 22, plugin: "9", input: $0) }
        let report = ReportBuilder(configuration: Configuration()).build(scan)
        #expect(report.shownFindings == [1])
        #expect(report.alsoReportedIn == [1: [2, 0]])
        #expect(report.duplicateOf == [0: 1, 2: 1])
    }
}
