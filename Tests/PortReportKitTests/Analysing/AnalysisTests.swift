import Foundation
import Testing

@testable import PortReportKit

@Suite("Merging, firewall suspects and suppressions")
struct AnalysisTests {
    static func scan(_ hosts: [ScannedHost], findings: [Finding] = []) -> ScanResult {
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "x", format: "nessus")]
        scan.hosts = hosts
        scan.findings = findings
        return scan
    }

    @Test("the same FQDN on two addresses merges them, with the evidence in words")
    func mergeByName() throws {
        let hosts = [
            Fixtures.host("10.0.0.1", names: ["app.example.com"]),
            Fixtures.host("192.0.2.1", names: ["app.example.com"]),
        ]
        let (assets, of) = AssetIdentifier(definitions: []).identify(hosts)
        #expect(assets.count == 1)
        #expect(of == [0, 0])
        #expect(assets[0].mergeEvidence == ["name app.example.com was reported for 10.0.0.1 and 192.0.2.1"])
        #expect(AssetIdentifier(definitions: [], policy: .none).identify(hosts).assets.count == 2)
    }

    @Test("the same MAC merges only under names+mac; placeholder names and MACs never merge")
    func mergeByMAC() throws {
        var first = Fixtures.host("10.0.0.1")
        var second = Fixtures.host("10.0.0.2")
        first.macAddresses = ["00:50:56:aa:bb:cc"]
        second.macAddresses = ["00:50:56:aa:bb:cc"]
        #expect(AssetIdentifier(definitions: [], policy: .namesAndMAC).identify([first, second]).assets.count == 1)
        #expect(AssetIdentifier(definitions: [], policy: .names).identify([first, second]).assets.count == 2)
        let merged = AssetIdentifier(definitions: []).identify([first, second]).assets[0]
        #expect(merged.mergeEvidence == ["MAC address 00:50:56:aa:bb:cc was reported for 10.0.0.1 and 10.0.0.2"])

        var a = Fixtures.host("10.0.0.3")
        var b = Fixtures.host("10.0.0.4")
        a.otherNames = ["no registered hostname", "unknown"]
        b.otherNames = ["no registered hostname", "unknown"]
        a.macAddresses = ["00:00:00:00:00:00"]
        b.macAddresses = ["00:00:00:00:00:00"]
        a.netbiosName = "WORKGROUP"
        b.netbiosName = "WORKGROUP"
        #expect(AssetIdentifier(definitions: []).identify([a, b]).assets.count == 2)
    }

    @Test("evidence never joins two different configured assets")
    func configuredAssetsStayApart() throws {
        let configuration = try Fixtures.configuration(
            "assets:\n  - name: a\n    addresses: [10.0.0.1]\n  - name: b\n    addresses: [10.0.0.2]\n")
        let hosts = [
            Fixtures.host("10.0.0.1", names: ["shared.example.com"]),
            Fixtures.host("10.0.0.2", names: ["shared.example.com"]),
        ]
        let (assets, _) = AssetIdentifier(definitions: configuration.assets).identify(hosts)
        #expect(assets.map(\.id) == ["a", "b"])
    }

    static func firewallReport(openPorts: Int, threshold: Int, wrapped: Int = 0) throws -> Report {
        let configuration = try Fixtures.configuration("firewall_suspect_ports: \(threshold)\n")
        var scan = AnalysisTests.scan([Fixtures.host("198.51.100.1")])
        scan.plugins[PluginKey(scanner: .nessus, id: "11219")] = {
            var plugin = PluginInfo(key: PluginKey(scanner: .nessus, id: "11219"), name: "Nessus SYN scanner")
            plugin.family = "Port scanners"
            return plugin
        }()
        for port in 1...openPorts {
            scan.findings.append(Fixtures.finding(host: 0, port: port, plugin: "11219", severity: .info))
        }
        for port in 0..<wrapped {
            var observation = ServiceObservation(host: 0, port: Port(number: 30000 + port, transport: .tcp), input: 0)
            observation.serviceName = "tcpwrapped"
            scan.observations.append(observation)
        }
        var openFiltered = ServiceObservation(host: 0, port: Port(number: 161, transport: .udp), input: 0)
        openFiltered.state = "open|filtered"
        scan.observations.append(openFiltered)
        // A real service: a finding of severity Medium on port 443.
        scan.findings.append(Fixtures.finding(host: 0, port: 443, plugin: "57582", severity: .medium))
        return ReportBuilder(configuration: configuration).build(scan)
    }

    @Test("firewall threshold: at the limit no flag, above it one suspect with empty ports folded")
    func firewallThreshold() throws {
        // 99 scanned ports and 443 make 100: at the limit, not above it.
        #expect(try AnalysisTests.firewallReport(openPorts: 99, threshold: 100).firewallSuspects.isEmpty)
        let above = try AnalysisTests.firewallReport(openPorts: 100, threshold: 100)
        let suspect = try #require(above.firewallSuspects.first)
        #expect(suspect.answering == 101)
        #expect(suspect.openFiltered == 1)
        // The empty open|filtered 161/udp folds too: nothing identifies a service behind it.
        #expect(suspect.collapsed.count == 101)
        #expect(above.assets[0].ports.filter { !$0.collapsed }.map(\.port.description) == ["443/tcp"])
        #expect(ViewFactory.portRanges(suspect.collapsed) == "1-100/tcp; 161/udp")
        #expect(try AnalysisTests.firewallReport(openPorts: 10, threshold: 100).firewallSuspects.isEmpty)
    }

    @Test("tcpwrapped ports count toward answering and are reported apart")
    func tcpwrapped() throws {
        let report = try AnalysisTests.firewallReport(openPorts: 50, threshold: 60, wrapped: 20)
        let suspect = try #require(report.firewallSuspects.first)
        #expect(suspect.answering == 71)
        #expect(suspect.tcpwrapped == 20)
        let wrappedState = report.assets[0].ports.first { $0.port.number == 30000 }?.state
        #expect(wrappedState == "tcpwrapped")
    }

    @Test("suppressions by plugin and scope apply until they expire, judged by the scan date")
    func suppressions() throws {
        let configuration = try Fixtures.configuration(
            """
            suppressions:
              - plugin: nessus:10114
                scope: 10.0.0.0/8
                reason: allowed by policy
                expires: 2026-12-31
              - plugin: nessus:20
                reason: old
                expires: 2026-01-01
              - scope: 192.0.2.7:443/tcp
                reason: decommissioning
            """)
        var hosts = [Fixtures.host("10.1.2.3"), Fixtures.host("192.0.2.7")]
        hosts[0].scanTime = ScanDate.parse("2026-11-24T00:00:00Z")
        let scan = AnalysisTests.scan(
            hosts,
            findings: [
                Fixtures.finding(host: 0, port: nil, plugin: "10114"),
                Fixtures.finding(host: 1, port: nil, plugin: "10114"),
                Fixtures.finding(host: 0, port: 22, plugin: "20"), Fixtures.finding(host: 1, port: 443, plugin: "99"),
                Fixtures.finding(host: 1, port: 80, plugin: "99"),
            ])
        let report = ReportBuilder(configuration: configuration).build(scan)
        #expect(report.asOf == "2026-11-24")
        #expect(report.suppressedBy == [0: 0, 3: 2])
        #expect(report.expiredSuppressions == [1])
        let views = ViewFactory(report: report, catalog: try ServiceCatalog(), links: SiteLinks(plugins: []))
        #expect(views.suppressionNote(0) == "Suppressed until 2026-12-31: allowed by policy")
        #expect(views.suppressionNote(1) == nil)
    }

    @Test("a finding list split by index matches the split of built rows: active, informational, suppressed")
    func findingListSplit() throws {
        let configuration = try Fixtures.configuration(
            """
            suppressions:
              - scope: 192.0.2.7:443/tcp
                reason: decommissioning
            """)
        let scan = AnalysisTests.scan(
            [Fixtures.host("192.0.2.7")],
            findings: [
                Fixtures.finding(host: 0, port: 443, plugin: "1", severity: .high),
                Fixtures.finding(host: 0, port: 80, plugin: "2", severity: .info),
                Fixtures.finding(host: 0, port: 80, plugin: "3", severity: .critical),
                Fixtures.finding(host: 0, port: 80, plugin: "4", severity: .info),
            ])
        let report = ReportBuilder(configuration: configuration).build(scan)
        #expect(report.suppressedBy.keys.sorted() == [0])
        let views = ViewFactory(report: report, catalog: try ServiceCatalog(), links: SiteLinks(plugins: []))
        let order = [2, 0, 1, 3]
        let split = views.findingList(order, root: "../")
        let built = FindingList(order.map { views.findingRow($0, root: "../") })
        #expect(split.findings.map(\.title) == ["Nessus plugin 3"])
        #expect(split.informational?.infoFindings.map(\.title) == ["Nessus plugin 2", "Nessus plugin 4"])
        #expect(split.suppressedGroup?.suppressedFindings.map(\.title) == ["Nessus plugin 1"])
        #expect(split.findings.map(\.href) == built.findings.map(\.href))
        #expect(split.informational?.infoFindings.map(\.href) == built.informational?.infoFindings.map(\.href))
        #expect(
            split.suppressedGroup?.suppressedFindings.map(\.suppressedNote)
                == built.suppressedGroup?.suppressedFindings.map(\.suppressedNote))
        #expect(split.suppressedGroup?.suppressedFindings.first?.suppressedNote == "Suppressed: decommissioning")
        #expect(views.findingList([], root: "").isEmpty)
    }
}
