import Foundation
import Testing

@testable import PortReportKit

@Suite("Nuclei loader")
struct NucleiLoaderTests {
    /// A current-schema result (Nuclei v3) as one JSON Lines line.
    static let current = """
        {"template-id":"CVE-2018-15473","info":{"name":"OpenSSH Username Enumeration","severity":"medium",\
        "description":"User enumeration.","remediation":"Upgrade OpenSSH.","reference":["https://nvd.nist.gov/vuln/detail/cve-2018-15473"],\
        "classification":{"cve-id":["cve-2018-15473"],"cwe-id":["cwe-362","nvd-cwe-other"],\
        "cvss-metrics":"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N","cvss-score":5.3,"epss-score":0.02}},\
        "matcher-name":"openssh","type":"network","host":"https://scan.example.com","matched-at":"scan.example.com:22",\
        "extracted-results":["SSH-2.0-OpenSSH_7.4p1\\n"],"ip":"192.0.2.10","timestamp":"2022-03-20T22:43:31.231312071-03:00"}
        """

    @Test("JSON Lines, current keys: host, address, port from matched-at, classification, evidence")
    func jsonLines() throws {
        let second = """
            {"template-id":"http-missing-security-headers","info":{"name":"HTTP Missing Security Headers",\
            "severity":"info"},"matcher-name":"x-frame-options","type":"http","host":"https://scan.example.com",\
            "matched-at":"https://scan.example.com/","ip":"192.0.2.10"}
            """
        let path = try TestFiles.write(NucleiLoaderTests.current + "\n\n" + second + "\n", name: "results.jsonl")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "nuclei")
        #expect(summary.records == 2)
        #expect(summary.kept == 2)

        #expect(scan.hosts.count == 1)
        let host = scan.hosts[0]
        #expect(host.nameKind == .url)
        #expect(host.fqdn == "scan.example.com")
        #expect(host.address == IPAddress("192.0.2.10"))
        #expect(host.scanTime == Date(timeIntervalSince1970: 1_647_827_011.231))

        let ssh = scan.findings[0]
        #expect(ssh.plugin == PluginKey(scanner: .nuclei, id: "CVE-2018-15473"))
        #expect(ssh.severity == .medium)
        #expect(ssh.port == Port(number: 22, transport: .tcp))
        #expect(ssh.matcher == "openssh")
        #expect(ssh.evidence == "Matched at: scan.example.com:22\n\nExtracted results:\n  SSH-2.0-OpenSSH_7.4p1")
        #expect(scan.findings[1].port == Port(number: 443, transport: .tcp))
        #expect(scan.findings[1].severity == .info)

        let plugin = try #require(scan.plugins[ssh.plugin])
        #expect(plugin.name == "OpenSSH Username Enumeration")
        #expect(plugin.description == "User enumeration.")
        #expect(plugin.solution == "Upgrade OpenSSH.")
        #expect(plugin.seeAlso == ["https://nvd.nist.gov/vuln/detail/cve-2018-15473"])
        #expect(plugin.family == "network")
        #expect(plugin.cves == ["CVE-2018-15473"])
        #expect(plugin.cwes == ["CWE-362"])
        #expect(
            plugin.cvss == [CVSS(version: "3.0", score: 5.3, vector: "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N")])
        #expect(plugin.epss == 0.02)
    }

    @Test("one pretty-printed object with the old keys: templateID, matched, matcher_name, extracted_results")
    func oldKeysSingleObject() throws {
        let json = """
            {
              "templateID": "nginx-version",
              "info": {"name": "nginx version detect", "severity": "low",
                       "reference": "- http://nginx.org/\\n- https://example.com/nginx\\n",
                       "classification": {"cwe-id": "CWE-200", "cve-id": null}},
              "type": "http",
              "host": "http://10.0.0.8:8080/app",
              "matched": "http://10.0.0.8:8080/app/index",
              "matcher_name": "version",
              "extracted_results": ["nginx/1.14.2"],
              "timestamp": "2021-05-20T11:11:02.287655+03:00"
            }
            """
        let path = try TestFiles.write(json, name: "one.json")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 1)
        let finding = try #require(scan.findings.first)
        #expect(finding.plugin.id == "nginx-version")
        #expect(finding.severity == .low)
        #expect(finding.matcher == "version")
        #expect(finding.port == Port(number: 8080, transport: .tcp))
        #expect(finding.evidence == "Matched at: http://10.0.0.8:8080/app/index\n\nExtracted results:\n  nginx/1.14.2")
        #expect(scan.hosts[0].address == IPAddress("10.0.0.8"))
        let plugin = try #require(scan.plugins[finding.plugin])
        #expect(plugin.seeAlso == ["http://nginx.org/", "https://example.com/nginx"])
        #expect(plugin.cwes == ["CWE-200"])
        #expect(plugin.cves.isEmpty)
    }

    @Test("a JSON array: hosts without port or scheme, the port key, dns results, unknown severity")
    func array() throws {
        let json = """
            [
              {"template-id":"caa-fingerprint","info":{"name":"CAA Record","severity":"info",
               "classification":{"cve-id":null,"cwe-id":["cwe-200"]}},"type":"dns","host":"https://example.com",
               "matched-at":"example.com"},
              {"template-id":"tech-detect","info":{"name":"Tech","severity":"unknown"},"type":"http",
               "host":"shop.example.com","port":"8443","scheme":"https","matched-at":"https://shop.example.com:8443/",
               "ip":"10.10.10.10."},
              {"template-id":"ssl-issuer","info":{"name":"SSL Issuer"},"type":"ssl","host":"www.example.org",
               "matched-at":"www.example.org:443"},
              {"template-id":"whatever","info":{"name":"Bare","severity":"critical"},"type":"http",
               "host":"bare.example.net"}
            ]
            """
        let path = try TestFiles.write(json, name: "array.json")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 4)
        #expect(
            scan.findings.map(\.port) == [
                nil, Port(number: 8443, transport: .tcp), Port(number: 443, transport: .tcp), nil,
            ])
        #expect(scan.findings.map(\.severity) == [.info, .info, .info, .critical])
        #expect(scan.hosts.map(\.fqdn) == ["example.com", "shop.example.com", "www.example.org", "bare.example.net"])
        #expect(scan.hosts.map(\.nameKind) == [.url, .name, .name, .name])
        // A trailing dot after the address (seen in real output) is ignored.
        #expect(scan.hosts[1].address == IPAddress("10.10.10.10"))
        #expect(scan.hosts[0].address == nil)
    }

    @Test("request and response are kept to their first 2 KiB, saying so")
    func longBodies() throws {
        let body = String(repeating: "é", count: 1500)
        let json = """
            {"template-id":"x","info":{"name":"X","severity":"high"},"host":"https://a.example.com",\
            "request":"GET / HTTP/1.1\\r\\n","response":"HTTP/1.1 200 OK\\r\\n\\r\\n\(body)"}
            """
        let (scan, _) = loadScan(try TestFiles.write(json, name: "long.jsonl"))
        let evidence = try #require(scan.findings.first?.evidence)
        let parts = evidence.components(separatedBy: "\n\n")
        #expect(parts[0] == "Request:\nGET / HTTP/1.1\r\n")
        #expect(parts[1].hasPrefix("Response (first 2 KiB of 3019 bytes):\nHTTP/1.1 200 OK"))
        let kept = evidence.components(separatedBy: "Response (first 2 KiB of 3019 bytes):\n")[1]
        // 19 bytes of header, then as many whole "é" (2 bytes) as fit in 2,048: 2,047 bytes.
        #expect(kept.utf8.count == 2047)
        #expect(kept.hasPrefix("HTTP/1.1 200 OK\r\n\r\né"))
    }

    @Test("results without template id, host or a good port are skipped with the reason")
    func skipped() throws {
        let lines = [
            #"{"info":{"name":"no id","severity":"high"},"host":"https://a.example.com"}"#,
            #"{"template-id":"no-host","info":{"severity":"high"}}"#,
            #"{"template-id":"bad-port","info":{"severity":"high"},"host":"a.example.com","port":70000}"#,
            #"{"template-id":"kept","info":{"severity":"high"},"ip":"192.0.2.1"}"#,
        ]
        let (scan, summary) = loadScan(try TestFiles.write(lines.joined(separator: "\n"), name: "skips.jsonl"))
        #expect(summary.error == nil)
        #expect(summary.records == 4)
        #expect(summary.kept == 1)
        #expect(
            summary.skipped == [
                SkipReason.missingPluginID.rawValue: 1, SkipReason.missingHost.rawValue: 1,
                SkipReason.badPort.rawValue: 1,
            ])
        #expect(scan.hosts.first?.address == IPAddress("192.0.2.1"))
        #expect(scan.findings.first?.port == nil)
    }

    @Test("matchers of one template on one port keep distinct fingerprints")
    func matcherFingerprints() throws {
        let lines = ["x-frame-options", "content-security-policy"].map {
            #"{"template-id":"headers","info":{"severity":"info"},"host":"https://a.example.com","matcher-name":"\#($0)"}"#
        }
        let (scan, _) = loadScan(try TestFiles.write(lines.joined(separator: "\n"), name: "m.jsonl"))
        let prints = scan.findings.map { $0.fingerprint(hostIdentity: scan.hosts[$0.host].identity) }
        #expect(
            prints == [
                "nuclei:headers|a.example.com|443/tcp|x-frame-options",
                "nuclei:headers|a.example.com|443/tcp|content-security-policy",
            ])
    }

    @Test("a 0-byte file is refused by detection but loads as empty with --format nuclei")
    func emptyFile() throws {
        let path = try TestFiles.write("", name: "empty.jsonl")
        #expect(loadScan(path).1.error == "\(path): the file is empty (0 bytes); expected a scanner export")
        let forced = InputLoader(formatOverride: "nuclei").load([path])
        #expect(forced.inputs[0].error == nil)
        #expect(forced.inputs[0].records == 0)
        #expect(forced.findings.isEmpty)
    }

    @Test("a truncated or malformed file fails with the line and column")
    func malformed() throws {
        let truncated = try TestFiles.write(
            NucleiLoaderTests.current + "\n" + #"{"template-id":"cut","info":{"sev"#, name: "cut.jsonl")
        #expect(
            loadScan(truncated).1.error
                == "\(truncated):2:1: the file ends inside the JSON object that starts here (the file is truncated)")

        let garbage = try TestFiles.write(NucleiLoaderTests.current + "\nnot json\n", name: "garbage.jsonl")
        #expect(
            loadScan(garbage).1.error
                == "\(garbage):2:1: unexpected 'n' where a JSON object should start; expected JSON objects")

        let invalid = try TestFiles.write(
            NucleiLoaderTests.current + "\n  {\"template-id\": tls}\n", name: "invalid.jsonl")
        let error = try #require(loadScan(invalid).1.error)
        #expect(error.hasPrefix("\(invalid):2:3: invalid JSON in the object starting here: "))
        #expect(!error.contains("\n"))
    }
}
