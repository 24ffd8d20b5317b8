import Foundation
import Testing

@testable import PortReportKit

/// Foundation has a `Port` too; these tests mean the scanner one.
private typealias Port = PortReportKit.Port

@Suite("Nessus v2 loader")
struct NessusLoaderTests {
    @Test("item attributes are read in one pass, in any order; the first of a local name counts")
    func itemAttributes() throws {
        let item = """
            <ReportItem xmlns:x="urn:x" pluginFamily="Fam" x:port="99" pluginName="Name &amp; more" port="22" \
            severity="3" protocol="udp" pluginID="4242" x:pluginID="1" svc_name="ssh?" port2="7">
            <plugin_output>out</plugin_output>
            </ReportItem>
            """
        let path = try TestFiles.write(NessusFixture.document(NessusFixture.host("10.0.0.1", items: item)))
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        let finding = try #require(scan.findings.first)
        // `x:port` comes first: its local name is `port` too, as a lookup by name would find it.
        #expect(finding.port == Port(number: 99, transport: .udp))
        #expect(finding.plugin.id == "4242")
        #expect(finding.severity == .high)
        #expect(finding.serviceName == "ssh" && finding.serviceGuessed)
        #expect(scan.plugins[finding.plugin]?.name == "Name & more")
        #expect(scan.plugins[finding.plugin]?.family == "Fam")
    }

    @Test("a word is found anywhere in a plugin name, byte by byte, and nowhere it is not")
    func mentions() {
        #expect(NessusItemConverter.mentions("ssl certificate expiry", "certificate"))
        #expect(NessusItemConverter.mentions("tls", "tls"))
        #expect(NessusItemConverter.mentions("weak cipher", "cipher"))
        #expect(NessusItemConverter.mentions("ssl", "ssl"))
        #expect(NessusItemConverter.mentions("é ssl", "ssl"))
        #expect(!NessusItemConverter.mentions("ss", "ssl"))
        #expect(!NessusItemConverter.mentions("s-s-l tl s", "ssl"))
        #expect(!NessusItemConverter.mentions("", "tls"))
        #expect(NessusItemConverter.mentions("anything", ""))
    }

    static let fullItem = NessusFixture.item(
        port: "443", service: "www", transport: "tcp", severity: "3", pluginID: "42873",
        name: "SSL Medium Strength Cipher Suites Supported (SWEET32)", family: "General",
        children: """
            <synopsis>The remote service supports medium strength ciphers.</synopsis>
            <description>The host supports 64-bit block ciphers.</description>
            <solution>Reconfigure the service.</solution>
            <see_also>https://sweet32.info
            https://www.openssl.org/blog/blog/2016/08/24/sweet32/</see_also>
            <plugin_output>
              Medium Strength Ciphers (&gt; 64-bit and &lt; 112-bit key, or 3DES)
                DES-CBC3-SHA
            </plugin_output>
            <risk_factor>Medium</risk_factor>
            <cvss_base_score>5.0</cvss_base_score>
            <cvss_vector>CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N</cvss_vector>
            <cvss3_base_score>7.5</cvss3_base_score>
            <cvss3_vector>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N</cvss3_vector>
            <cvss4_base_score>8.2</cvss4_base_score>
            <cvss4_vector>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N</cvss4_vector>
            <cve>CVE-2016-6329</cve>
            <cve>CVE-2016-2183</cve>
            <cwe>200</cwe>
            <cwe>CWE-327</cwe>
            <epss_score>0.0312</epss_score>
            <vpr_score>6.1</vpr_score>
            <exploit_available>true</exploit_available>
            <cisa-known-exploited>2022-03-25</cisa-known-exploited>
            """)

    @Test("reads every host tag and item field users rely on")
    func readsAllFields() throws {
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "web-01",
                    tags: [
                        "host-ip": "10.30.0.7", "host-fqdn": "Web-01.Corp.Example.com", "netbios-name": "web01",
                        "mac-address": "00:50:56:AA:BB:CC\n00:50:56:AA:BB:CD",
                        "operating-system": "Linux Kernel 5.15\nLinux Kernel 6.1",
                        "HOST_START": "Tue Nov 24 02:10:11 2026",
                        "HOST_END": "Tue Nov 24 02:40:00 2026",
                    ], items: NessusLoaderTests.fullItem)))
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "nessus")
        #expect(summary.records == 1)
        #expect(summary.kept == 1)

        let host = try #require(scan.hosts.first)
        #expect(host.reportedName == "web-01")
        #expect(host.nameKind == .name)
        #expect(host.address == IPAddress("10.30.0.7"))
        #expect(host.fqdn == "web-01.corp.example.com")
        #expect(host.netbiosName == "WEB01")
        #expect(host.macAddresses == ["00:50:56:aa:bb:cc", "00:50:56:aa:bb:cd"])
        #expect(host.operatingSystem == "Linux Kernel 5.15")
        #expect(host.scanStart == "Tue Nov 24 02:10:11 2026")
        #expect(host.scanEnd == "Tue Nov 24 02:40:00 2026")

        let finding = try #require(scan.findings.first)
        #expect(finding.plugin == PluginKey(scanner: .nessus, id: "42873"))
        #expect(finding.severity == .high)
        #expect(finding.port == Port(number: 443, transport: .tcp))
        #expect(finding.serviceName == "www")
        #expect(finding.serviceGuessed == false)
        #expect(finding.evidence?.hasPrefix("Medium Strength Ciphers (> 64-bit and < 112-bit key, or 3DES)") == true)
        #expect(finding.evidence?.hasSuffix("DES-CBC3-SHA") == true)

        let plugin = try #require(scan.plugins[finding.plugin])
        #expect(plugin.name == "SSL Medium Strength Cipher Suites Supported (SWEET32)")
        #expect(plugin.family == "General")
        #expect(plugin.synopsis == "The remote service supports medium strength ciphers.")
        #expect(plugin.description == "The host supports 64-bit block ciphers.")
        #expect(plugin.solution == "Reconfigure the service.")
        #expect(plugin.seeAlso == ["https://sweet32.info", "https://www.openssl.org/blog/blog/2016/08/24/sweet32/"])
        #expect(plugin.riskFactor == "Medium")
        #expect(
            plugin.cvss == [
                CVSS(version: "2.0", score: 5.0, vector: "AV:N/AC:L/Au:N/C:P/I:N/A:N"),
                CVSS(version: "3.1", score: 7.5, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"),
                CVSS(
                    version: "4.0", score: 8.2,
                    vector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N"),
            ])
        #expect(plugin.primaryCVSS?.version == "4.0")
        #expect(plugin.cves == ["CVE-2016-2183", "CVE-2016-6329"])
        #expect(plugin.cwes == ["CWE-200", "CWE-327"])
        #expect(plugin.epss == 0.0312)
        #expect(plugin.vpr == 6.1)
        #expect(plugin.exploitAvailable)
        #expect(plugin.knownExploited == "2022-03-25")
    }

    @Test("port 0, general and icmp items are host-level; udp and upper-case TCP are ports")
    func portsAndTransports() throws {
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "10.0.0.1",
                    items: NessusFixture.item(port: "0", service: "general", transport: "tcp", pluginID: "19506"),
                    NessusFixture.item(port: "0", service: "general", transport: "icmp", pluginID: "10114"),
                    NessusFixture.item(port: "161", service: "snmp", transport: "udp", pluginID: "41028"),
                    NessusFixture.item(port: "8443", service: "www?", transport: "TCP", pluginID: "10107"))))
        let (scan, summary) = loadScan(path)
        #expect(summary.records == 4)
        #expect(
            scan.findings.map(\.port) == [
                nil, nil, Port(number: 161, transport: .udp), Port(number: 8443, transport: .tcp),
            ])
        #expect(scan.findings[0].serviceName == nil)
        #expect(scan.findings[3].serviceName == "www")
        #expect(scan.findings[3].serviceGuessed)
        #expect(scan.hosts[0].address == IPAddress("10.0.0.1"))
        #expect(scan.hosts[0].nameKind == .address)
    }

    @Test("a URL host name is classified and the host-ip tag gives the address")
    func urlHostNames() throws {
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "https://portal.example.com:8443/login", tags: ["host-ip": "203.0.113.20"],
                    items: NessusFixture.item()),
                NessusFixture.host("http://192.0.2.7/", items: NessusFixture.item())))
        let (scan, _) = loadScan(path)
        #expect(scan.hosts.count == 2)
        #expect(scan.hosts[0].nameKind == .url)
        #expect(scan.hosts[0].address == IPAddress("203.0.113.20"))
        #expect(scan.hosts[0].fqdn == "portal.example.com")
        #expect(scan.hosts[1].nameKind == .url)
        #expect(scan.hosts[1].address == IPAddress("192.0.2.7"))
    }

    @Test("the severity attribute wins over risk_factor, which is the fallback")
    func severityFallback() throws {
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "10.0.0.1",
                    items: NessusFixture.item(
                        severity: "2", pluginID: "1", children: "<risk_factor>Critical</risk_factor>"),
                    NessusFixture.item(severity: nil, pluginID: "2", children: "<risk_factor>High</risk_factor>"),
                    NessusFixture.item(severity: "x", pluginID: "3", children: "<risk_factor>None</risk_factor>"),
                    NessusFixture.item(severity: nil, pluginID: "4"))))
        let (scan, summary) = loadScan(path)
        #expect(scan.findings.map(\.severity) == [.medium, .high, .info])
        #expect(summary.records == 4)
        #expect(summary.kept == 3)
        #expect(summary.skipped == [SkipReason.missingSeverity.rawValue: 1])
    }

    @Test("records with a bad port or no plugin id are skipped and counted with the reason")
    func skippedRecords() throws {
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "10.0.0.1", items: NessusFixture.item(port: "70000"), NessusFixture.item(port: "abc"),
                    NessusFixture.item(pluginID: ""), NessusFixture.item(port: "22", service: "ssh"))))
        let (scan, summary) = loadScan(path)
        #expect(scan.findings.count == 1)
        #expect(summary.records == 4)
        #expect(summary.kept == 1)
        #expect(summary.skipped == [SkipReason.badPort.rawValue: 2, SkipReason.missingPluginID.rawValue: 1])
        #expect(summary.records == summary.kept + summary.skippedCount)
    }

    @Test("plugin text is stored once however many findings a plugin raises")
    func pluginStoredOnce() throws {
        let item = NessusFixture.item(pluginID: "57582", children: "<description>Self-signed.</description>")
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host("10.0.0.1", items: item), NessusFixture.host("10.0.0.2", items: item),
                NessusFixture.host("10.0.0.3", items: item)))
        let (scan, _) = loadScan(path)
        #expect(scan.findings.count == 3)
        #expect(scan.plugins.count == 1)
        #expect(scan.plugins[PluginKey(scanner: .nessus, id: "57582")]?.description == "Self-signed.")
        #expect(scan.findings.map(\.host) == [0, 1, 2])
    }

    @Test("cm:compliance-* elements fill the compliance result")
    func compliance() throws {
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "10.0.0.1",
                    items: NessusFixture.item(
                        port: "0", service: "general", pluginID: "21156",
                        children: """
                            <cm:compliance-check-name>1.1 Ensure passwords expire</cm:compliance-check-name>
                            <cm:compliance-check-id>abc123</cm:compliance-check-id>
                            <cm:compliance-result>FAILED</cm:compliance-result>
                            <cm:compliance-actual-value>0</cm:compliance-actual-value>
                            <cm:compliance-policy-value>90</cm:compliance-policy-value>
                            """))))
        let (scan, _) = loadScan(path)
        let result = try #require(scan.findings.first?.compliance)
        #expect(result.checkName == "1.1 Ensure passwords expire")
        #expect(result.checkID == "abc123")
        #expect(result.result == "FAILED")
        #expect(result.actualValue == "0")
        #expect(result.policyValue == "90")
        #expect(scan.findings[0].fingerprint(hostIdentity: "10.0.0.1") == "nessus:21156|10.0.0.1|host|abc123")
    }

    @Test("an empty report loads with no records")
    func emptyReport() throws {
        let path = try TestFiles.write(NessusFixture.document())
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 0)
        #expect(scan.hosts.isEmpty)
    }

    @Test("a 0-byte file fails with a message naming it")
    func zeroBytes() throws {
        let path = try TestFiles.write("")
        let (_, summary) = loadScan(path)
        #expect(summary.error == "\(path): the file is empty (0 bytes); expected a scanner export")
    }

    @Test("a truncated file fails with its line and column, and contributes nothing")
    func truncated() throws {
        let full = NessusFixture.document(NessusFixture.host("10.0.0.1", items: NessusFixture.item()))
        let cut = String(full.prefix(full.count - 60))
        let path = try TestFiles.write(cut)
        let (scan, summary) = loadScan(path)
        let error = try #require(summary.error)
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(error.hasPrefix("\(path):\(lines):"))
        #expect(error.contains("Premature end of data: the file ends inside <"))
        #expect(scan.findings.isEmpty)
        #expect(scan.hosts.isEmpty)
    }

    @Test("malformed XML reports line and column")
    func malformed() throws {
        let path = try TestFiles.write(
            "<?xml version=\"1.0\"?>\n<NessusClientData_v2>\n<Report name=\"a\">\n<ReportHost name=\"x\"></Report>\n")
        let (_, summary) = loadScan(path)
        let error = try #require(summary.error)
        #expect(error.hasPrefix("\(path):4:"))
        #expect(error.contains("mismatch"))
    }

    @Test("entity declarations are refused before any entity is used")
    func entityDeclarationRefused() throws {
        let path = try TestFiles.write(
            """
            <?xml version="1.0"?>
            <!DOCTYPE NessusClientData_v2 [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <NessusClientData_v2><Report name="a"><ReportHost name="x">&secret;</ReportHost></Report></NessusClientData_v2>
            """)
        let (scan, summary) = loadScan(path)
        let error = try #require(summary.error)
        #expect(error.hasPrefix("\(path):2:"))
        #expect(error.contains("declares the entity 'secret'"))
        #expect(scan.hosts.isEmpty)
    }

    @Test("legacy v1 files and bare ReportItem fragments are refused with a reason")
    func refusedRoots() throws {
        let v1 = try TestFiles.write("<?xml version=\"1.0\"?>\n<NessusClientData><Report></Report></NessusClientData>")
        #expect(loadScan(v1).1.error?.contains("legacy Nessus v1 XML") == true)
        let fragment = try TestFiles.write("<ReportItem port=\"0\" pluginID=\"1\"></ReportItem>")
        #expect(loadScan(fragment).1.error?.contains("bare ReportItem fragment") == true)
        let other = try TestFiles.write("<?xml version=\"1.0\"?><html></html>")
        #expect(loadScan(other).1.error?.contains("found XML with root element <html>") == true)
    }

    @Test("CWE ids are normalised from bare numbers and CWE- prefixes")
    func cweNormalisation() {
        #expect(NessusItemConverter.normaliseCWE("20") == "CWE-20")
        #expect(NessusItemConverter.normaliseCWE(" CWE-94 ") == "CWE-94")
        #expect(NessusItemConverter.normaliseCWE("cwe-79") == "CWE-79")
        #expect(NessusItemConverter.normaliseCWE("NVD-CWE-Other") == nil)
    }
}

@Suite("XML stream parser")
struct XMLStreamParserTests {
    /// Keeps the text of `<keep>` elements only, and records every piece of text it is handed.
    final class Keeper: XMLEventHandler {
        var capture = XMLTextCapture()
        var depth = 0
        var kept: [String] = []
        var handed: [String] = []

        func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {
            depth += 1
            if name == "keep" { capture.start(at: depth) }
        }

        func endElement(_ name: String, prefix: String?) throws {
            if let text = capture.finish(at: depth) { kept.append(text) }
            depth -= 1
        }

        func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
            handed.append(String(decoding: bytes, as: UTF8.self))
            capture.append(bytes)
        }

        var wantsCharacters: Bool { capture.isActive }
    }

    @Test("text reaches a handler only where it asks for it; what it asks for arrives whole")
    func textOnRequest() throws {
        let path = try TestFiles.write(
            "<?xml version=\"1.0\"?>\n<root>\n  <skip>not this</skip>\n  <keep> a &amp; <![CDATA[<b>]]> </keep>\n"
                + "  <skip>nor this</skip><keep></keep>\n</root>\n")
        let keeper = Keeper()
        try XMLStreamParser(path: path, handler: keeper).parse()
        #expect(keeper.kept == [" a & <b> ", ""])
        #expect(keeper.handed.joined() == " a & <b> ")
        // libxml2 splits that text at the entity and the CDATA section; it crosses in one piece.
        #expect(keeper.handed == [" a & <b> "])
    }

    @Test("text longer than the parser's read buffer and the C side's first buffer arrives whole, once")
    func longText() throws {
        let long = String(repeating: "0123456789&amp;", count: 40_000)
        let path = try TestFiles.write("<root><keep>\(long)</keep><skip>x</skip><keep>é</keep></root>")
        let keeper = Keeper()
        try XMLStreamParser(path: path, handler: keeper).parse()
        let expected = String(repeating: "0123456789&", count: 40_000)
        #expect(keeper.kept == [expected, "é"])
        #expect(keeper.handed == [expected, "é"])
    }

    @Test("a comment before the XML declaration is accepted, with lines still counted right")
    func lateDeclaration() throws {
        let path = try TestFiles.write(
            "<!-- written by a wrapper -->\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + NessusFixture.document(NessusFixture.host("10.0.0.1", items: NessusFixture.item()))
                .replacingOccurrences(of: "<?xml version=\"1.0\" ?>\n", with: ""))
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(scan.findings.count == 1)
        let broken = try TestFiles.write(
            "<!-- c -->\n<?xml version=\"1.0\"?>\n<NessusClientData_v2>\n<Report>\n</Oops>")
        #expect(loadScan(broken).1.error?.hasPrefix("\(broken):5:") == true)
    }
}

@Suite("Input safety")
struct InputSafetyTests {
    @Test("a runaway plugin output is cut to 32 KiB with a note")
    func evidenceCap() throws {
        let huge = String(repeating: "A", count: 100_000)
        let path = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "10.0.0.1", items: NessusFixture.item(children: "<plugin_output>\(huge)</plugin_output>"))))
        let (scan, _) = loadScan(path)
        let evidence = try #require(scan.findings.first?.evidence)
        #expect(evidence.hasPrefix(String(repeating: "A", count: 32 * 1024)))
        #expect(evidence.hasSuffix("[… 67232 more bytes not shown; see the scanner's own export]"))
    }

    @Test("a FIFO is refused instead of read forever")
    func fifo() throws {
        let path = try TestFiles.folder().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let (_, summary) = loadScan(path)
        #expect(summary.error == "\(path): not a regular file (a pipe, socket or device)")
    }
}

@Suite("Nessus ratings out of range")
struct NessusRatingRangeTests {
    @Test(
        "EPSS and VPR that are not numbers in range are left out; -0 is 0",
        arguments: [
            ("NaN", "nan", nil, nil), ("inf", "-inf", nil, nil), ("1e999", "11", nil, nil), ("1.5", "-1", nil, nil),
            ("-0", "-0", 0.0, 0.0), ("0.25", "7.4", 0.25, 7.4),
        ] as [(String, String, Double?, Double?)])
    func outOfRange(epss: String, vpr: String, expectedEPSS: Double?, expectedVPR: Double?) throws {
        let item = NessusFixture.item(children: "<epss_score>\(epss)</epss_score><vpr_score>\(vpr)</vpr_score>")
        let path = try TestFiles.write(NessusFixture.document(NessusFixture.host("10.0.0.1", items: item)))
        let (scan, summary) = loadScan(path)
        #expect(summary.kept == 1)
        let plugin = try #require(scan.plugins.values.first)
        #expect(plugin.epss == expectedEPSS)
        #expect(plugin.vpr == expectedVPR)
        #expect(plugin.epss?.sign != .minus)
        #expect(plugin.vpr?.sign != .minus)
    }
}
