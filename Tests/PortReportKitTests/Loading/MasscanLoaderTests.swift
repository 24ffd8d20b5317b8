import Foundation
import Testing

@testable import PortReportKit

@Suite("masscan loader")
struct MasscanLoaderTests {
    @Test("masscan's comma-on-its-own-line layout and a trailing comma before ]")
    func commaLayout() throws {
        let json = """
            [
            {   "ip": "172.29.0.3",   "timestamp": "1785522037", "ports": [ {"port": 8080, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] }
            ,
            {   "ip": "172.29.0.4",   "timestamp": "1785522038", "ports": [ {"port": 161, "proto": "udp", "status": "open", "reason": "udp-response", "ttl": 64} ] }
            ,
            {   "ip": "172.29.0.3",   "timestamp": "1785522039", "ports": [ {"port": 80, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] }
            ,
            ]

            """
        let path = try TestFiles.write(json, name: "masscan.json")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "masscan")
        #expect(summary.records == 3)
        #expect(summary.kept == 3)
        #expect(scan.findings.isEmpty)

        #expect(scan.hosts.map(\.address) == [IPAddress("172.29.0.3"), IPAddress("172.29.0.4")])
        #expect(scan.hosts[0].scanTime == Date(timeIntervalSince1970: 1_785_522_039))
        #expect(
            scan.observations.map(\.port) == [
                Port(number: 8080, transport: .tcp), Port(number: 161, transport: .udp),
                Port(number: 80, transport: .tcp),
            ])
        #expect(scan.observations.map(\.host) == [0, 1, 0])
        #expect(scan.observations.map(\.state) == ["open", "open", "open"])
        #expect(scan.observations.map(\.reason) == ["syn-ack", "udp-response", "syn-ack"])
        #expect(scan.observations.allSatisfy { $0.banner == nil && $0.plugin == nil })
    }

    @Test("banner grabs give service names and banners; {finished: 1} and a missing ] are accepted")
    func bannersAndTrailer() throws {
        let json = """
            [
            { "ip": "10.0.0.9", "timestamp": "1600000000", "ports": [ {"port": 22, "proto": "tcp", "service": {"name": "ssh", "banner": "SSH-2.0-OpenSSH_8.9p1"} } ] },
            { "ip": "10.0.0.9", "timestamp": "1600000000", "ports": [ {"port": 443, "proto": "tcp", "service": {"name": "X509", "banner": "MIIB..."} } ] },
            { "ip": "10.0.0.9", "timestamp": "1600000000", "ports": [ {"port": 8443, "proto": "tcp", "status": "closed", "reason": "rst"} ] },
            {finished: 1}

            """
        let (scan, summary) = loadScan(try TestFiles.write(json, name: "banners.json"))
        #expect(summary.error == nil)
        #expect(summary.records == 3)
        #expect(scan.hosts.count == 1)
        #expect(scan.observations.map(\.serviceName) == ["ssh", "x509", nil])
        #expect(scan.observations.map(\.banner) == ["SSH-2.0-OpenSSH_8.9p1", "MIIB...", nil])
        #expect(scan.observations.map(\.bannerRank) == [0, 3, 0])
        #expect(scan.observations.map(\.state) == ["open", "open", "closed"])
        #expect(scan.observations[2].isPlainlyOpen == false)
    }

    @Test("objects without an address or a usable port are skipped with the reason")
    func skipped() throws {
        let json = """
            [
            { "timestamp": "1600000000", "ports": [ {"port": 80, "proto": "tcp"} ] },
            { "ip": "10.0.0.1", "ports": [ {"port": 0, "proto": "icmp", "status": "open"} ] },
            { "ip": "10.0.0.2", "ports": [ {"port": 70000, "proto": "tcp"}, {"port": 25, "proto": "tcp"} ] }
            ]
            """
        let (scan, summary) = loadScan(try TestFiles.write(json, name: "skips.json"))
        #expect(summary.records == 3)
        #expect(summary.kept == 1)
        #expect(summary.skipped == [SkipReason.missingHost.rawValue: 1, SkipReason.noUsablePort.rawValue: 1])
        #expect(scan.observations.map(\.port) == [Port(number: 25, transport: .tcp)])
        #expect(scan.hosts.map(\.address) == [IPAddress("10.0.0.2")])
    }

    @Test("masscan's empty output loads as empty with --format masscan; content after ] is an error")
    func emptyAndTrailingContent() throws {
        let empty = try TestFiles.write("", name: "none.json")
        let forced = InputLoader(formatOverride: "masscan").load([empty]).inputs[0]
        #expect(forced.error == nil)
        #expect(forced.records == 0)

        let extra = try TestFiles.write(
            "[\n{\"ip\": \"10.0.0.1\", \"ports\": [{\"port\": 80, \"proto\": \"tcp\"}]}\n]\n{\"ip\": \"10.0.0.2\"}\n",
            name: "extra.json")
        #expect(
            loadScan(extra).1.error
                == "\(extra):4:1: unexpected '{' after the closing ]; expected JSON objects")
    }
}
