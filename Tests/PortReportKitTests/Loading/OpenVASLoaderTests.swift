import Foundation
import Testing

@testable import PortReportKit

@Suite("OpenVAS / GMP XML loader")
struct OpenVASLoaderTests {
    /// A GMP `<report>` with a nested `<report>` holding the given results, then the
    /// report-level host section GMP writes after them.
    static func report(_ results: String..., hosts: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <report id="r1" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
        <name>weekly</name><creation_time>2025-08-22T15:00:08+02:00</creation_time>
        <report id="r1"><gmp><version>22.6</version></gmp>
        <scan_run_status>Done</scan_run_status>
        <timestamp>2025-08-22T15:00:08+02:00</timestamp><scan_start>2025-08-22T15:01:38+02:00</scan_start>
        <ports max="-1" start="1"><count>1</count>
        <port>443/tcp<host>192.0.2.1</host><severity>9.8</severity><threat>High</threat></port></ports>
        <results max="-1" start="1">
        \(results.joined(separator: "\n"))
        </results>
        \(hosts)
        <scan_end>2025-08-22T17:09:57+02:00</scan_end>
        </report>
        </report>
        """
    }

    /// One `<result>` with the given parts; `nvt` is the inside of `<nvt oid=…>`.
    static func result(
        host: String = "192.0.2.1", port: String = "443/tcp", oid: String = "1.3.6.1.4.1.25623.1.0.1",
        threat: String? = "High", severity: String? = "9.8", nvt: String = "<name>Test NVT</name>",
        extra: String = ""
    ) -> String {
        let threatElement = threat.map { "<threat>\($0)</threat>" } ?? ""
        let severityElement = severity.map { "<severity>\($0)</severity>" } ?? ""
        return """
            <result id="x"><name>Result name</name><owner><name>admin</name></owner>
            <creation_time>2025-08-22T16:55:31+02:00</creation_time>
            <host>\(host)</host><port>\(port)</port>
            <nvt oid="\(oid)"><type>nvt</type>\(nvt)</nvt>
            \(threatElement)\(severityElement)\(extra)
            <original_threat>High</original_threat><original_severity>9.8</original_severity>
            <notes><note id="n"><nvt oid="9.9.9"><name>Note NVT</name></nvt><text>note text</text></note></notes>
            </result>
            """
    }

    static func load(_ document: String) throws -> (ScanResult, InputSummary) {
        loadScan(try TestFiles.write(document, name: "report.xml"))
    }

    @Test("reads a GMP result: host, names, port, severity, QoD, evidence and the NVT's text")
    func fullResult() throws {
        let nvt = """
            <name>Microsoft Windows Multiple Vulnerabilities (KB5062557)</name>
            <family>Windows : Microsoft Bulletins</family>
            <cvss_base>9.8</cvss_base>
            <severities score="9.8"><severity type="cvss_base_v3"><origin>NVD</origin>
            <score>9.8</score><value>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</value></severity></severities>
            <tags>cvss_base_vector=CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H|summary=This host is missing an update.|insight=|affected=- Windows 10
              - Windows Server 2019|impact=Successful exploitation allows an attacker
              to elevate privileges.|solution=Tag solution.|vuldetect=Checks the file version.|solution_type=VendorFix</tags>
            <solution type="VendorFix">The vendor has released updates.</solution>
            <epss><max_severity><score>0.00143</score><cve id="CVE-2025-47981"/></max_severity>
            <max_epss><score>0.09023</score><cve id="CVE-2025-49716"/></max_epss></epss>
            <refs><ref type="cve" id="CVE-2025-49659"/><ref type="cve" id="CVE-2025-47981"/>
            <ref type="url" id="https://support.microsoft.com/en-us/help/5062557"/>
            <ref type="cert-bund" id="WID-SEC-2025-1850"/></refs>
            """
        let (scan, summary) = try OpenVASLoaderTests.load(
            OpenVASLoaderTests.report(
                OpenVASLoaderTests.result(
                    host: "192.0.2.1<asset asset_id=\"a\"/><hostname>Server99.Example.com</hostname>", nvt: nvt,
                    extra: """
                        <qod><value>80</value><type/></qod>
                        <description>Vulnerable range:  10.0.17763.0 - 10.0.17763.7557
                        File checked: C:\\Windows\\system32\\Ntoskrnl.exe
                        </description>
                        """)))
        #expect(summary.error == nil)
        #expect(summary.format == "openvas")
        #expect(summary.records == 1)
        #expect(summary.kept == 1)

        let host = try #require(scan.hosts.first)
        #expect(host.reportedName == "192.0.2.1")
        #expect(host.address == IPAddress("192.0.2.1"))
        #expect(host.fqdn == "server99.example.com")
        #expect(host.scanTime == ScanDate.parse("2025-08-22T16:55:31+02:00"))

        let finding = try #require(scan.findings.first)
        #expect(finding.plugin == PluginKey(scanner: .openvas, id: "1.3.6.1.4.1.25623.1.0.1"))
        #expect(finding.severity == .critical)
        #expect(finding.port == Port(number: 443, transport: .tcp))
        #expect(finding.qualityOfDetection == 80)
        #expect(finding.evidence?.hasPrefix("Vulnerable range:  10.0.17763.0") == true)
        #expect(finding.evidence?.hasSuffix("Ntoskrnl.exe") == true)

        let plugin = try #require(scan.plugins[finding.plugin])
        #expect(plugin.name == "Microsoft Windows Multiple Vulnerabilities (KB5062557)")
        #expect(plugin.family == "Windows : Microsoft Bulletins")
        #expect(plugin.synopsis == "This host is missing an update.")
        #expect(
            plugin.description
                == """
                Affected: - Windows 10
                  - Windows Server 2019

                Impact: Successful exploitation allows an attacker
                  to elevate privileges.

                Detection: Checks the file version.
                """)
        #expect(plugin.solution == "The vendor has released updates.")
        #expect(
            plugin.cvss == [CVSS(version: "3.1", score: 9.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")])
        #expect(plugin.cves == ["CVE-2025-47981", "CVE-2025-49659"])
        #expect(plugin.seeAlso == ["https://support.microsoft.com/en-us/help/5062557"])
        #expect(plugin.epss == 0.09023)
    }

    @Test("port text in every form: number/proto, general/*, IANA suffix, name (port), padding")
    func portForms() throws {
        let ports = [
            "443/tcp", "general/tcp", "general/CPE-T", "445/tcp (IANA: microsoft-ds)", "http (80/tcp)",
            "\n   161/udp  \n", "",
        ]
        let (scan, summary) = try OpenVASLoaderTests.load(
            OpenVASLoaderTests.report(
                ports.enumerated().map { OpenVASLoaderTests.result(port: $0.element, oid: "1.\($0.offset)") }
                    .joined(separator: "\n")))
        #expect(summary.records == 7)
        #expect(
            scan.findings.map(\.port) == [
                Port(number: 443, transport: .tcp), nil, nil, Port(number: 445, transport: .tcp),
                Port(number: 80, transport: .tcp), Port(number: 161, transport: .udp), nil,
            ])
        #expect(scan.findings.map(\.serviceName) == [nil, nil, nil, "microsoft-ds", "http", nil, nil])
        #expect(scan.findings.map(\.serviceGuessed) == [false, false, false, true, false, false, false])
        #expect(scan.hosts.count == 1)
    }

    @Test("the severity score comes first, then the threat word, then the NVT's cvss_base")
    func severities() throws {
        let (scan, summary) = try OpenVASLoaderTests.load(
            OpenVASLoaderTests.report(
                OpenVASLoaderTests.result(oid: "1", threat: "High", severity: "10.0"),
                OpenVASLoaderTests.result(oid: "2", threat: "High", severity: "7.5"),
                OpenVASLoaderTests.result(oid: "3", threat: nil, severity: "4.0"),
                OpenVASLoaderTests.result(oid: "4", threat: "Medium", severity: nil),
                OpenVASLoaderTests.result(oid: "5", threat: "Log", severity: nil),
                OpenVASLoaderTests.result(oid: "6", threat: "Alarm", severity: nil),
                OpenVASLoaderTests.result(oid: "7", threat: "Log", severity: "0.0"),
                OpenVASLoaderTests.result(oid: "8", threat: "Low", severity: "2.6"),
                OpenVASLoaderTests.result(
                    oid: "9", threat: nil, severity: nil, nvt: "<name>Old</name><cvss_base>5.0</cvss_base>"),
                OpenVASLoaderTests.result(oid: "10", threat: nil, severity: nil),
                OpenVASLoaderTests.result(oid: "11", threat: "False Positive", severity: "-1.0")))
        #expect(
            scan.findings.map(\.severity) == [.critical, .high, .medium, .medium, .info, .high, .info, .low, .medium])
        #expect(summary.records == 11)
        #expect(summary.kept == 9)
        #expect(summary.skipped == [SkipReason.missingSeverity.rawValue: 1, SkipReason.falsePositive.rawValue: 1])
        // A score without a vector cannot be placed in a CVSS version: it rates, but is not listed.
        #expect(scan.plugins[PluginKey(scanner: .openvas, id: "9")]?.cvss == [])
    }

    @Test("a bare <result> of an old OpenVAS: <cve> list, risk factor, bare v2 vector, xref links")
    func bareResult() throws {
        let (scan, summary) = try OpenVASLoaderTests.load(
            """
            <?xml version="1.0"?>
                  <result id="32249f6c">
                    <subnet>188.111.11.85</subnet>
                    <host>188.111.11.85</host>
                    <port>http (80/tcp)</port>
                    <nvt oid="1.3.6.1.4.1.25623.1.0.103122">
                      <name>Apache Web Server ETag Header Information Disclosure Weakness</name>
                      <family>Web application abuses</family>
                      <cvss_base>4.3</cvss_base>
                      <risk_factor>Medium</risk_factor>
                      <cve>CVE-2003-1418, CVE-2003-1419, NOCVE</cve>
                      <tags>cvss_base_vector=AV:N/AC:M/Au:N/C:P/I:N/A:N|summary=A weakness.|solution=Patch it.</tags>
                      <xref>URL:https://www.securityfocus.com/bid/6939, URL:http://httpd.apache.org/docs/mod/core.html</xref>
                    </nvt>
                    <threat>Medium</threat>
                    <description>Inode: 1050855</description>
                  </result>
            """)
        #expect(summary.error == nil)
        #expect(summary.records == 1)
        let finding = try #require(scan.findings.first)
        #expect(finding.severity == .medium)
        #expect(finding.port == Port(number: 80, transport: .tcp))
        #expect(finding.serviceName == "http")
        #expect(finding.evidence == "Inode: 1050855")
        #expect(finding.qualityOfDetection == nil)
        let plugin = try #require(scan.plugins[finding.plugin])
        #expect(plugin.cves == ["CVE-2003-1418", "CVE-2003-1419"])
        #expect(plugin.cvss == [CVSS(version: "2.0", score: 4.3, vector: "AV:N/AC:M/Au:N/C:P/I:N/A:N")])
        #expect(plugin.riskFactor == "Medium")
        #expect(plugin.synopsis == "A weakness.")
        #expect(plugin.solution == "Patch it.")
        #expect(
            plugin.seeAlso == ["https://www.securityfocus.com/bid/6939", "http://httpd.apache.org/docs/mod/core.html"])
        #expect(scan.hosts.first?.scanTime == nil)
    }

    @Test("get_reports_response; report-level host details fill names, OS and scan time")
    func reportsResponseAndHostDetails() throws {
        let document = OpenVASLoaderTests.report(
            OpenVASLoaderTests.result(host: "192.0.2.5", port: "22/tcp"),
            hosts: """
                <host><ip>192.0.2.5</ip><start>2025-08-22T15:10:00Z</start><end>2025-08-22T16:00:00Z</end>
                <detail><name>hostname</name><value>DB-01.example.com</value><source><type>nvt</type></source></detail>
                <detail><name>best_os_txt</name><value>Debian GNU/Linux 12</value></detail>
                <detail><name>hostname</name><value>db-01.example.com</value></detail>
                </host>
                """
        )
        .replacingOccurrences(of: "<creation_time>2025-08-22T16:55:31+02:00</creation_time>", with: "")
        .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        let (scan, summary) = try OpenVASLoaderTests.load(
            "<get_reports_response status=\"200\" status_text=\"OK\">\(document)</get_reports_response>")
        #expect(summary.error == nil)
        #expect(summary.records == 1)
        let host = try #require(scan.hosts.first)
        #expect(host.fqdn == "db-01.example.com")
        #expect(host.otherNames.isEmpty)
        #expect(host.operatingSystem == "Debian GNU/Linux 12")
        #expect(host.scanTime == ScanDate.parse("2025-08-22T15:10:00Z"))
    }

    @Test("nested detection results are counted and skipped; an NVT's text is stored once")
    func nestedAndShared() throws {
        let detection = """
            <detection><result id="d"><details><detail><name>product</name>
            <value>cpe:/a:apache:tomcat:6.0.26</value></detail></details></result></detection>
            """
        let (scan, summary) = try OpenVASLoaderTests.load(
            OpenVASLoaderTests.report(
                OpenVASLoaderTests.result(
                    host: "192.0.2.7", oid: "1.2", nvt: "<name>First</name><family>F</family>", extra: detection),
                OpenVASLoaderTests.result(host: "192.0.2.8", oid: "1.2", nvt: "<name>Second copy</name>")))
        #expect(summary.records == 3)
        #expect(summary.kept == 2)
        #expect(summary.skipped == [SkipReason.nestedResult.rawValue: 1])
        #expect(scan.findings.map(\.host) == [0, 1])
        #expect(scan.plugins.count == 1)
        #expect(scan.plugins[PluginKey(scanner: .openvas, id: "1.2")]?.name == "First")
        #expect(scan.plugins[PluginKey(scanner: .openvas, id: "1.2")]?.family == "F")
    }

    @Test("results without oid, host or a readable port are skipped with their reason")
    func skipped() throws {
        let (scan, summary) = try OpenVASLoaderTests.load(
            OpenVASLoaderTests.report(
                OpenVASLoaderTests.result(oid: ""), OpenVASLoaderTests.result(host: "  "),
                OpenVASLoaderTests.result(port: "abc/tcp"), OpenVASLoaderTests.result(port: "70000/tcp"),
                OpenVASLoaderTests.result(port: "443/xyz"), OpenVASLoaderTests.result(port: "22/tcp")))
        #expect(scan.findings.count == 1)
        #expect(summary.records == 6)
        #expect(
            summary.skipped == [
                SkipReason.missingPluginID.rawValue: 1, SkipReason.missingHost.rawValue: 1,
                SkipReason.badPort.rawValue: 2, SkipReason.badTransport.rawValue: 1,
            ])
        #expect(summary.records == summary.kept + summary.skippedCount)
    }

    @Test("a report with no results loads; an unrelated <report> is not claimed")
    func emptyAndUnrelated() throws {
        let (scan, summary) = try OpenVASLoaderTests.load(OpenVASLoaderTests.report())
        #expect(summary.error == nil)
        #expect(summary.records == 0)
        #expect(scan.hosts.isEmpty)

        let unrelated = try TestFiles.write(
            "<?xml version=\"1.0\"?><report><title>Quarterly sales</title><total>12</total></report>", name: "r.xml")
        let error = try #require(loadScan(unrelated).1.error)
        #expect(error.hasPrefix("\(unrelated): not a recognised scanner export: found XML with root element <report>"))
    }
}
