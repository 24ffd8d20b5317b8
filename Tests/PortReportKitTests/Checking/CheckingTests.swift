import Testing

@testable import PortReportKit

@Suite("portreport check and owner on the Sample")
struct CheckingTests {
    static func sampleReport() throws -> Report {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        return try ReportPipeline.analyse(options)
    }

    @Test("check counts the systems each rule matches and decides, and finds no problems")
    func check() throws {
        let report = try CheckingTests.sampleReport()
        let check = ConfigurationCheck(report: report)
        #expect(check.errors.isEmpty)
        #expect(check.assetCount == 26)
        let uses = Dictionary(uniqueKeysWithValues: check.rules.map { ($0.rule.text, ($0.matched, $0.decides)) })
        #expect(uses["cidr: 10.20.0.0/16"]?.0 == 3)
        #expect(uses["cidr: 10.20.0.0/16"]?.1 == 0)
        #expect(uses["host: *.pay.example.com"]?.1 == 3)
        #expect(uses["endpoint: 203.0.113.10:443/tcp"]?.1 == 1)
        #expect(uses["address: 203.0.113.10"]?.1 == 1)
    }

    @Test("check reports pool members no rule owns, expired suppressions and tied host globs")
    func checkProblems() throws {
        let configuration = try Fixtures.configuration(
            """
            teams:
              - id: a
                owns:
                  - host: "*.example.com"
              - id: b
                owns:
                  - host: "web.*"
            load_balancers:
              - name: lb
                virtual_servers:
                  - vip: 203.0.113.10:443/tcp
                    pool: [10.9.9.9:8443]
            suppressions:
              - plugin: nessus:1
                reason: old
                expires: 2020-01-01
            """)
        var scan = ScanResult()
        scan.inputs = [InputSummary(path: "x", format: "nessus")]
        scan.hosts = [Fixtures.host("192.0.2.1", names: ["web.example.com"])]
        scan.hosts[0].scanTime = ScanDate.parse("2026-11-24")
        let check = ConfigurationCheck(report: ReportBuilder(configuration: configuration).build(scan))
        #expect(
            check.errors.map(\.description) == [
                "error: portreport.yml:7: 'host: web.*' (team b) and 'host: *.example.com' (team a, line 4) both match web.example.com with equal precedence"
            ])
        #expect(
            check.warnings.map(\.description) == [
                "warning: portreport.yml:11: pool member 10.9.9.9:8443/tcp of lb (203.0.113.10:443/tcp) is owned by no rule",
                "warning: portreport.yml:14: suppression nessus:1 expired on 2020-01-01; its findings count again",
            ])
    }

    @Test("owner explains a VIP port: the deciding rule, the other matches and the pool members' teams")
    func ownerOfVIP() throws {
        let report = try CheckingTests.sampleReport()
        let lines = OwnerExplanation.lines(for: try #require(OwnerQuery("203.0.113.10:443")), in: report)
        #expect(
            lines == [
                "203.0.113.10:443/tcp",
                "  system: www.example.com",
                "  team: Web Platform (web-platform)",
                "  why: the port 203.0.113.10:443/tcp is named (rule \"endpoint: 203.0.113.10:443/tcp\", portreport.yml line 48)",
                "  rules that match, most specific first:",
                "   * endpoint: 203.0.113.10:443/tcp (team web-platform, line 48)",
                "     address: 203.0.113.10 (team network, line 68)",
                "  virtual server of edge-lb, owned by Network Engineering (network):",
                "    203.0.113.10:443/tcp (edge-lb) -> 10.30.0.7:8443, 10.30.0.8:8443",
                "    10.30.0.7:8443/tcp -> Web Platform (web-platform): its address 10.30.0.7 is in 10.30.0.0/16 (rule \"cidr: 10.30.0.0/16\", portreport.yml line 47)",
                "    10.30.0.8:8443/tcp -> Web Platform (web-platform): its address 10.30.0.8 is in 10.30.0.0/16 (rule \"cidr: 10.30.0.0/16\", portreport.yml line 47)",
                "  findings on this port are also shown to: Web Platform (web-platform), Network Engineering (network)",
            ])
    }

    @Test("owner explains a merged asset, a pool member and a firewall suspect")
    func ownerOthers() throws {
        let report = try CheckingTests.sampleReport()
        let merged = OwnerExplanation.lines(for: try #require(OwnerQuery("192.0.2.45")), in: report)
        #expect(merged[1] == "  system: billing-db (also at 10.20.4.5)")
        #expect(
            merged.contains(
                "    one system because name billing-db.corp.example.com was reported for 10.20.4.5 and 192.0.2.45"))
        #expect(merged.contains("  team: Payments (payments)"))
        let member = OwnerExplanation.lines(for: try #require(OwnerQuery("10.30.0.7:8443/tcp")), in: report)
        #expect(member.last == "  reached through edge-lb: 203.0.113.10:443/tcp -> 10.30.0.7:8443/tcp")
        let firewall = OwnerExplanation.lines(for: try #require(OwnerQuery("198.51.100.1")), in: report)
        #expect(
            firewall.last
                == "  note: 198.51.100.1 answered on 164 ports: probably a firewall or SYN proxy, not that many programs"
        )
        let unknown = OwnerExplanation.lines(for: try #require(OwnerQuery("[2001:db8::1]:443/udp")), in: report)
        #expect(
            unknown == [
                "[2001:db8::1]:443/udp", "  system: not in the current inputs; judged by the rules alone",
                "  team: Unassigned (no rule matches)",
                "  why: no ownership rule matches any of its addresses or names",
            ])
        #expect(OwnerQuery("web-01") == nil)
    }
}
