import Testing

@testable import PortReportKit

@Suite("Attribution")
struct AttributorTests {
    static let rules = """
        teams:
          - id: wide
            owns:
              - cidr: 10.0.0.0/8
              - cidr: 2001:db8::/32
          - id: narrow
            owns:
              - cidr: 10.20.0.0/16
              - cidr: 2001:db8:20::/48
          - id: named
            owns:
              - host: "*.pay.example.com"
          - id: asset-team
            owns:
              - asset: billing-db
          - id: exact
            owns:
              - address: 10.20.4.7
          - id: port-team
            owns:
              - endpoint: 10.20.4.7:8443/tcp
        assets:
          - name: billing-db
            addresses: [10.20.4.5]
        """

    func attribute(_ address: String, names: [String] = []) throws -> (Attributor, Asset, Attribution) {
        let configuration = try Fixtures.configuration(AttributorTests.rules)
        let (assets, _) = AssetIdentifier(definitions: configuration.assets)
            .identify([Fixtures.host(address, names: names)])
        let attributor = Attributor(configuration: configuration)
        let asset = try #require(assets.first)
        return (attributor, asset, attributor.attribute(asset))
    }

    @Test("an endpoint rule beats the exact address for its port only")
    func endpointBeatsAddress() throws {
        let (attributor, asset, base) = try attribute("10.20.4.7", names: ["x.pay.example.com"])
        #expect(base.team == "exact")
        let address = asset.addresses.first
        let port = attributor.attribute(
            Port(number: 8443, transport: .tcp), on: address, of: asset, assetAttribution: base)
        #expect(port.team == "port-team")
        #expect(
            port.reason
                == "the port 10.20.4.7:8443/tcp is named (rule \"endpoint: 10.20.4.7:8443/tcp\", portreport.yml line 21)"
        )
        let udp = attributor.attribute(
            Port(number: 8443, transport: .udp), on: address, of: asset, assetAttribution: base)
        #expect(udp.team == "exact")
    }

    @Test("an exact address beats the asset, a name glob and CIDRs")
    func addressBeatsRest() throws {
        let (_, _, attribution) = try attribute("10.20.4.7", names: ["x.pay.example.com"])
        #expect(attribution.team == "exact")
        #expect(
            attribution.reason == "its address 10.20.4.7 is named (rule \"address: 10.20.4.7\", portreport.yml line 18)"
        )
    }

    @Test("a configured asset beats a name glob and CIDRs")
    func assetBeatsGlob() throws {
        let (_, _, attribution) = try attribute("10.20.4.5", names: ["db.pay.example.com"])
        #expect(attribution.team == "asset-team")
        #expect(attribution.rule?.text == "asset: billing-db")
    }

    @Test("a host-name glob beats CIDRs and ignores case")
    func globBeatsCIDR() throws {
        let (_, _, attribution) = try attribute("10.20.9.9", names: ["API.Pay.Example.com"])
        #expect(attribution.team == "named")
        #expect(attribution.reason.hasPrefix("its name api.pay.example.com matches"))
    }

    @Test("the longest CIDR prefix wins, for IPv4 and IPv6")
    func longestPrefix() throws {
        #expect(try attribute("10.20.9.9").2.team == "narrow")
        #expect(try attribute("10.30.9.9").2.team == "wide")
        #expect(try attribute("2001:db8:20::9").2.team == "narrow")
        #expect(try attribute("2001:db8:30::9").2.team == "wide")
        let reason = try attribute("10.20.9.9").2.reason
        #expect(
            reason == "its address 10.20.9.9 is in 10.20.0.0/16 (rule \"cidr: 10.20.0.0/16\", portreport.yml line 8)")
    }

    @Test("nothing matched is Unassigned")
    func unassigned() throws {
        let attribution = try attribute("192.0.2.1", names: ["mail.example.com"]).2
        #expect(attribution.team == nil)
        #expect(attribution == .unassigned)
    }

    @Test("a VIP finding reaches the pool members' teams and the balancer's owner, with the path")
    func loadBalancer() throws {
        let configuration = try Fixtures.configuration(
            AttributorTests.rules + """

                load_balancers:
                  - name: edge-lb
                    owner: wide
                    virtual_servers:
                      - vip: 203.0.113.10:443/tcp
                        pool: [10.20.4.7:8443, 10.30.0.8:8443]
                """)
        var scan = ScanResult()
        scan.hosts = [Fixtures.host("203.0.113.10")]
        scan.findings = [Fixtures.finding(host: 0, port: 443)]
        scan.inputs = [InputSummary(path: "a.nessus", format: "nessus")]
        let report = ReportBuilder(configuration: configuration).build(scan)
        let port = try #require(report.assets.first?.ports.first)
        #expect(port.attribution.team == nil)
        let path = try #require(port.loadBalancerPath)
        #expect(path.description == "203.0.113.10:443/tcp (edge-lb) -> 10.20.4.7:8443, 10.30.0.8:8443")
        #expect(path.members.map(\.attribution.team) == ["port-team", "wide"])
        #expect(path.teams == ["port-team", "wide"])
        let shownTo = report.sections.filter { section in !report.findings(in: section).isEmpty }.map {
            $0.team?.id ?? "-"
        }
        #expect(shownTo == ["wide", "port-team", "-"])
    }
}
