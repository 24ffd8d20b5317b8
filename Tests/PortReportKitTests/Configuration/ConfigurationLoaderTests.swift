import Foundation
import Testing

@testable import PortReportKit

@Suite("Configuration")
struct ConfigurationLoaderTests {
    static let valid = """
        title: Test report
        inputs: [scans/, extra.nessus]
        output: site
        teams:
          - id: payments
            name: Payments
            contacts: [pay@example.com]
            owns:
              - cidr: 10.20.0.0/16
              - host: "*.pay.example.com"
              - endpoint: 10.30.0.7:8443/tcp
              - address: 2001:db8::5
              - asset: billing-db
          - id: network
            contact: net@example.com
        assets:
          - name: billing-db
            addresses: [10.20.4.5, 192.0.2.45]
            names: [Billing-DB.corp.example.com]
        load_balancers:
          - name: edge-lb
            owner: network
            virtual_servers:
              - vip: 203.0.113.10:443/tcp
                pool: [10.30.0.7:8443, 10.30.0.8:8443]
        firewall_suspect_ports: 50
        suppressions:
          - plugin: nessus:10114
            scope: 10.0.0.0/8
            reason: allowed
            owner: network
            expires: 2027-03-31
        """

    @Test("reads every section, resolving paths against the file's folder")
    func readsEverything() throws {
        let configuration = try ConfigurationLoader.parse(
            ConfigurationLoaderTests.valid, path: "/etc/pr/portreport.yml")
        #expect(configuration.title == "Test report")
        #expect(configuration.inputs == ["/etc/pr/scans/", "/etc/pr/extra.nessus"])
        #expect(configuration.output == "/etc/pr/site")
        #expect(configuration.teams.map(\.id) == ["payments", "network"])
        #expect(configuration.teams[1].name == "network")
        #expect(configuration.teams[1].contacts == ["net@example.com"])
        let rules = configuration.teams[0].rules
        #expect(
            rules.map(\.text) == [
                "cidr: 10.20.0.0/16", "host: *.pay.example.com", "endpoint: 10.30.0.7:8443/tcp", "address: 2001:db8::5",
                "asset: billing-db",
            ])
        #expect(rules.map(\.line) == [9, 10, 11, 12, 13])
        #expect(configuration.assets.first?.names == ["billing-db.corp.example.com"])
        #expect(
            configuration.assets.first?.addresses
                == [IPAddress("10.20.4.5"), IPAddress("192.0.2.45")].compactMap { $0 })
        let server = try #require(configuration.loadBalancers.first?.virtualServers.first)
        #expect(server.vip.description == "203.0.113.10:443/tcp")
        #expect(server.pool.map(\.description) == ["10.30.0.7:8443/tcp", "10.30.0.8:8443/tcp"])
        #expect(configuration.firewallSuspectPorts == 50)
        let suppression = try #require(configuration.suppressions.first)
        #expect(suppression.plugin == PluginKey(scanner: .nessus, id: "10114"))
        #expect(suppression.expires == "2027-03-31")
    }

    @Test(
        "mistakes are reported with file, line, column and key",
        arguments: [
            (
                "teams:\n  - id: a\n    owns:\n      - cidr: 10.0.0.0/33\n",
                "x.yml:4:15: teams[0].owns[0].cidr: '10.0.0.0/33' is not a network such as 10.20.0.0/16"
            ),
            (
                "titel: typo\n",
                "x.yml:1:1: titel: unknown key 'titel'; expected one of: assets, firewall_suspect_ports, inputs, load_balancers, merge, output, suppressions, teams, title"
            ),
            (
                "teams:\n  - id: a\n    owns:\n      - endpoint: 10.0.0.1:99999/tcp\n",
                "x.yml:4:19: teams[0].owns[0].endpoint: '10.0.0.1:99999/tcp' is not ADDRESS:PORT/TRANSPORT such as 10.30.0.7:8443/tcp"
            ),
            ("teams:\n  - id: a\n  - id: a\n", "x.yml:3:5: teams[1].id: team id 'a' is already used at line 2"),
            (
                "teams:\n  - id: Payments Team\n",
                "x.yml:2:5: teams[0].id: 'Payments Team' must be lowercase letters, digits and dashes"
            ),
            (
                "load_balancers:\n  - name: lb\n    owner: nobody\n",
                "x.yml:3:12: load_balancers[0].owner: no team has the id 'nobody'"
            ),
            (
                "teams:\n  - id: a\n    owns:\n      - asset: ghost\n",
                "x.yml:4:16: teams: rule 'asset: ghost' of team 'a' names no asset declared under assets:"
            ),
            (
                "teams:\n  - id: a\n    owns:\n      - cidr: 10.0.0.0/8\n  - id: b\n    owns:\n      - cidr: 10.0.0.0/8\n",
                "x.yml:7:15: teams: 'cidr: 10.0.0.0/8' is claimed by both 'a' (line 4) and 'b'"
            ),
            ("teams: [\n", "x.yml:2:1: YAML syntax: did not find expected node content while parsing a flow node"),
            (
                "firewall_suspect_ports: many\n",
                "x.yml:1:25: firewall_suspect_ports: expected a whole number from 1 to 65535"
            ),
            (
                "suppressions:\n  - plugin: 10114\n    reason: x\n",
                "x.yml:2:13: suppressions[0].plugin: '10114' is not SCANNER:ID such as nessus:10114"
            ),
        ])
    func errors(text: String, expected: String) {
        #expect(throws: PortReportError.self) { try ConfigurationLoader.parse(text, path: "x.yml") }
        do {
            _ = try ConfigurationLoader.parse(text, path: "x.yml")
        } catch let error as PortReportError {
            #expect(error.description == expected)
            #expect(error.step == .configuration)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("the Sample configuration loads")
    func sample() throws {
        let path = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        let configuration = try ConfigurationLoader.load(path: path)
        #expect(configuration.teams.map(\.id) == ["payments", "web-platform", "identity", "data", "network"])
        #expect(configuration.assets.map(\.name) == ["billing-db"])
        #expect(configuration.loadBalancers.map(\.name) == ["edge-lb", "pay-edge", "portal-proxy"])
        #expect(configuration.loadBalancers.map(\.virtualServers.count) == [1, 1, 1])
        #expect(configuration.diagnostics.map(\.line) == [29, 29])
    }

    @Test("an empty file is the default configuration")
    func empty() throws {
        let configuration = try ConfigurationLoader.parse("", path: "x.yml")
        #expect(configuration.teams.isEmpty)
        #expect(configuration.firewallSuspectPorts == 100)
    }
}

@Suite("Load-balancer imports in the configuration")
struct LoadBalancerImportConfigurationTests {
    @Test("import: reads VIPs from an HAProxy file beside the configuration; skipped lines become diagnostics")
    func importsHAProxy() throws {
        let folder = try TestFiles.folder()
        try Data(
            """
            frontend web
                bind 203.0.113.5:443
                default_backend app
            backend app
                server a 10.0.0.1:8443 check
                server b backend.example.com:8443
            """.utf8
        ).write(to: folder.appendingPathComponent("haproxy.cfg"))
        let yaml = "load_balancers:\n  - name: lb\n    import: [haproxy.cfg]\n"
        let configuration = try ConfigurationLoader.parse(
            yaml, path: folder.appendingPathComponent("portreport.yml").path)
        let server = try #require(configuration.loadBalancers.first?.virtualServers.first)
        #expect(server.vip.description == "203.0.113.5:443/tcp")
        #expect(server.pool.map(\.description) == ["10.0.0.1:8443/tcp"])
        #expect(server.path == folder.appendingPathComponent("haproxy.cfg").path)
        #expect(server.line == 2)
        #expect(configuration.diagnostics.map(\.line) == [6])
        #expect(configuration.diagnostics.first?.path == folder.appendingPathComponent("haproxy.cfg").path)
    }

    @Test("a missing import file is a diagnostic, not a failure")
    func missingImport() throws {
        let yaml = "load_balancers:\n  - name: lb\n    import: [nowhere.cfg]\n"
        let configuration = try ConfigurationLoader.parse(yaml, path: "/tmp/none/portreport.yml")
        #expect(configuration.loadBalancers.first?.virtualServers.isEmpty == true)
        #expect(
            configuration.diagnostics.first?.description.hasPrefix("warning: /tmp/none/nowhere.cfg: cannot open")
                == true)
    }
}
