import Foundation
import Testing

@testable import PortReportKit

@Suite("Qualys XML loader")
struct QualysXMLLoaderTests {
    /// A Qualys scan report (`SCAN`, scan-1.dtd) holding the given `IP` elements.
    static func scan(_ ips: String...) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE SCAN SYSTEM "https://qualysapi.qg2.apps.qualys.eu/scan-1.dtd">
        <!-- Generating XML report -->
        <SCAN value="scan/1609253113.01100">
        <HEADER>
          <KEY value="USERNAME">user</KEY>
          <KEY value="DATE">2019-04-02T10:14:53Z</KEY>
          <KEY value="TITLE"><![CDATA[Weekly]]></KEY>
        </HEADER>
        \(ips.joined(separator: "\n"))
        </SCAN>
        """
    }

    /// A Qualys asset data report: header, the host list, then the glossary.
    static func assetReport(hosts: String, glossary: String, glossaryFirst: Bool = false) -> String {
        let hostList = "<HOST_LIST>\(hosts)</HOST_LIST>"
        let glossaryList = "<GLOSSARY><VULN_DETAILS_LIST>\(glossary)</VULN_DETAILS_LIST></GLOSSARY>"
        return """
            <?xml version="1.0" encoding="UTF-8" ?>
            <!DOCTYPE ASSET_DATA_REPORT SYSTEM "https://qualysguard.qualys.eu/asset_data_report.dtd">
            <ASSET_DATA_REPORT>
            <HEADER><COMPANY><![CDATA[Example]]></COMPANY><GENERATION_DATETIME>2021-03-25T07:13:51Z</GENERATION_DATETIME></HEADER>
            \(glossaryFirst ? glossaryList + hostList : hostList + glossaryList)
            <APPENDICES><TEMPLATE_DETAILS><VULN_LISTS>x</VULN_LISTS></TEMPLATE_DETAILS></APPENDICES>
            </ASSET_DATA_REPORT>
            """
    }

    static func load(_ document: String) throws -> (ScanResult, InputSummary) {
        loadScan(try TestFiles.write(document, name: "qualys.xml"))
    }

    static let javaVuln = """
        <VULN number="123168" severity="5" cveid="CVE-2014-6601,CVE-2015-0412">
          <TITLE><![CDATA[Oracle Java SE Critical Patch Update - January 2015]]></TITLE>
          <LAST_UPDATE><![CDATA[2018-09-11T03:31:46Z]]></LAST_UPDATE>
          <CVSS_BASE>10</CVSS_BASE>
          <CVSS_TEMPORAL>7.8</CVSS_TEMPORAL>
          <CVSS3_BASE>7.5 (AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N)</CVSS3_BASE>
          <VENDOR_REFERENCE_LIST><VENDOR_REFERENCE><ID><![CDATA[Oracle CPU]]></ID>
          <URL><![CDATA[https://support.oracle.com/rs?type=doc&id=1948935.1]]></URL></VENDOR_REFERENCE></VENDOR_REFERENCE_LIST>
          <CVE_ID_LIST><CVE_ID><ID><![CDATA[CVE-2014-6601]]></ID><URL>http://cve.mitre.org</URL></CVE_ID>
          <CVE_ID><ID><![CDATA[CVE-2014-3566]]></ID></CVE_ID></CVE_ID_LIST>
          <DIAGNOSIS><![CDATA[Java is out of date.]]></DIAGNOSIS>
          <CONSEQUENCE><![CDATA[Remote code execution.]]></CONSEQUENCE>
          <SOLUTION><![CDATA[Update Java.]]></SOLUTION>
          <RESULT><![CDATA[java -version: 1.7.0_71]]></RESULT>
        </VULN>
        """

    @Test("scan report: hosts, every record kind, severities, ports, CVSS versions, CVEs and text")
    func scanReport() throws {
        let (scan, summary) = try QualysXMLLoaderTests.load(
            QualysXMLLoaderTests.scan(
                """
                <IP value="10.1.10.1" name="No registered hostname">
                  <OS><![CDATA[Linux 2.6]]></OS>
                  <NETBIOS_HOSTNAME><![CDATA[fileserver]]></NETBIOS_HOSTNAME>
                  <INFOS><CAT value="Information gathering">
                    <INFO number="45376" severity="3"><TITLE><![CDATA[Display IP Tables info]]></TITLE>
                    <DIAGNOSIS><![CDATA[some diagnosis]]></DIAGNOSIS><CONSEQUENCE><![CDATA[NA]]></CONSEQUENCE>
                    <SOLUTION><![CDATA[N/A]]></SOLUTION><RESULT format="table"><![CDATA[iptables -L]]></RESULT></INFO>
                  </CAT></INFOS>
                  <SERVICES><CAT value="TCP/IP"><SERVICE number="82023" severity="1">
                    <TITLE><![CDATA[Open TCP Services List]]></TITLE><RESULT><![CDATA[22 ssh]]></RESULT></SERVICE></CAT></SERVICES>
                  <VULNS>
                    <CAT value="Local">\(QualysXMLLoaderTests.javaVuln)</CAT>
                    <CAT value="Web server" port="443" protocol="tcp" fqdn="Www.Example.com">
                      <VULN number="38170" severity="4"><TITLE><![CDATA[SSL Certificate - Expired]]></TITLE>
                      <CVSS_BASE source="service">5</CVSS_BASE><CVSS3_BASE>-</CVSS3_BASE>
                      <RESULT><![CDATA[Expired on 2019-01-01]]></RESULT></VULN>
                    </CAT>
                    <CAT value="SNMP" port="161" protocol="udp"><VULN number="78030" severity="3">
                      <TITLE>SNMP public community</TITLE></VULN></CAT>
                  </VULNS>
                  <PRACTICES><CAT value="Local"><PRACTICE number="124848" severity="2" cveid="CVE-2016-0636">
                    <TITLE><![CDATA[Potential issue]]></TITLE></PRACTICE></CAT></PRACTICES>
                </IP>
                <IP value="10.2.10.2" name="Host2.Example.com">
                  <VULNS><CAT value="Local">\(QualysXMLLoaderTests.javaVuln.replacingOccurrences(
                    of: "Update Java.", with: "Changed text that must not replace the first copy."))</CAT></VULNS>
                </IP>
                """))
        #expect(summary.error == nil)
        #expect(summary.format == "qualys-xml")
        #expect(summary.records == 7)
        #expect(summary.kept == 7)

        #expect(scan.hosts.count == 2)
        let first = scan.hosts[0]
        #expect(first.address == IPAddress("10.1.10.1"))
        #expect(first.fqdn == "www.example.com")
        #expect(first.netbiosName == "FILESERVER")
        #expect(first.operatingSystem == "Linux 2.6")
        #expect(first.scanTime == ScanDate.parse("2019-04-02T10:14:53Z"))
        #expect(scan.hosts[1].fqdn == "host2.example.com")

        #expect(scan.findings.map(\.plugin.id) == ["45376", "82023", "123168", "38170", "78030", "124848", "123168"])
        #expect(scan.findings.map(\.severity) == [.info, .info, .critical, .high, .medium, .low, .critical])
        #expect(
            scan.findings.map(\.port) == [
                nil, nil, nil, Port(number: 443, transport: .tcp), Port(number: 161, transport: .udp), nil, nil,
            ])
        #expect(scan.findings.map(\.host) == [0, 0, 0, 0, 0, 0, 1])
        #expect(scan.findings[2].evidence == "java -version: 1.7.0_71")
        #expect(scan.findings[0].evidence == "iptables -L")

        let java = try #require(scan.plugins[PluginKey(scanner: .qualys, id: "123168")])
        #expect(java.name == "Oracle Java SE Critical Patch Update - January 2015")
        #expect(java.family == "Local")
        #expect(java.description == "Java is out of date.\n\nImpact: Remote code execution.")
        #expect(java.solution == "Update Java.")
        #expect(
            java.cvss == [
                CVSS(version: "2.0", score: 10, vector: nil),
                CVSS(version: "3.0", score: 7.5, vector: "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"),
            ])
        #expect(java.cves == ["CVE-2014-3566", "CVE-2014-6601", "CVE-2015-0412"])
        #expect(java.seeAlso == ["https://support.oracle.com/rs?type=doc&id=1948935.1"])

        let info = try #require(scan.plugins[PluginKey(scanner: .qualys, id: "45376")])
        #expect(info.description == "some diagnosis")
        #expect(info.solution == nil)
        let expired = try #require(scan.plugins[PluginKey(scanner: .qualys, id: "38170")])
        #expect(expired.cvss == [CVSS(version: "2.0", score: 5, vector: nil)])
        #expect(expired.family == "Web server")
    }

    @Test("scan report: records without a host, QID, readable port or severity are skipped")
    func scanSkips() throws {
        let (scan, summary) = try QualysXMLLoaderTests.load(
            QualysXMLLoaderTests.scan(
                """
                <IP value=""><VULNS><CAT value="x"><VULN number="1" severity="3"/></CAT></VULNS></IP>
                <IP value="10.0.0.9" name="unknown"><VULNS>
                  <CAT value="x"><VULN severity="3"/></CAT>
                  <CAT value="x" port="http" protocol="tcp"><VULN number="2" severity="3"/></CAT>
                  <CAT value="x" port="80" protocol="gre"><VULN number="3" severity="3"/></CAT>
                  <CAT value="x"><VULN number="4" severity="urgent"/></CAT>
                  <CAT value="x"><VULN number="5" severity="3"/></CAT>
                </VULNS></IP>
                """))
        #expect(scan.findings.map(\.plugin.id) == ["5"])
        #expect(scan.hosts.map(\.reportedName) == ["10.0.0.9"])
        #expect(scan.hosts[0].fqdn == nil)
        #expect(summary.records == 6)
        #expect(
            summary.skipped == [
                SkipReason.missingHost.rawValue: 1, SkipReason.missingPluginID.rawValue: 1,
                SkipReason.badPort.rawValue: 1, SkipReason.badTransport.rawValue: 1,
                SkipReason.missingSeverity.rawValue: 1,
            ])
    }

    static let assetHosts = """
        <HOST>
          <IP network_id="0">10.20.0.5</IP>
          <TRACKING_METHOD>IP</TRACKING_METHOD>
          <DNS><![CDATA[DB-01.Example.com]]></DNS>
          <NETBIOS><![CDATA[db01]]></NETBIOS>
          <OPERATING_SYSTEM><![CDATA[Windows Server 2019]]></OPERATING_SYSTEM>
          <LAST_SCAN_DATETIME>2021-03-20T01:02:03Z</LAST_SCAN_DATETIME>
          <VULN_INFO_LIST>
            <VULN_INFO><QID id="qid_38628">38628</QID><TYPE>Vuln</TYPE><PORT>443</PORT><SERVICE>HTTP over SSL</SERVICE>
              <PROTOCOL>tcp</PROTOCOL><FQDN>portal.example.com</FQDN><SSL>true</SSL>
              <RESULT format="table"><![CDATA[RC4-SHA]]></RESULT><VULN_STATUS>Active</VULN_STATUS></VULN_INFO>
            <VULN_INFO><QID id="qid_45038">45038</QID><TYPE>Ig</TYPE><SSL>false</SSL>
              <RESULT><![CDATA[Scan duration: 268 seconds]]></RESULT></VULN_INFO>
            <VULN_INFO><QID id="qid_370876">370876</QID><TYPE>Practice</TYPE><PORT>161</PORT><PROTOCOL>udp</PROTOCOL>
              <RESULT><![CDATA[community public]]></RESULT></VULN_INFO>
            <VULN_INFO><QID id="qid_99999">99999</QID><TYPE>Vuln</TYPE><PORT>22</PORT></VULN_INFO>
            <VULN_INFO><QID id="qid_12345">12345</QID><TYPE>Practice</TYPE><PORT>8080</PORT></VULN_INFO>
          </VULN_INFO_LIST>
        </HOST>
        <HOST><IP>10.20.0.6</IP><DNS><![CDATA[No registered hostname]]></DNS>
          <VULN_INFO_LIST><VULN_INFO><QID id="qid_38628">38628</QID><TYPE>Vuln</TYPE><PORT>8443</PORT></VULN_INFO></VULN_INFO_LIST>
        </HOST>
        <HOST><TRACKING_METHOD>AGENT</TRACKING_METHOD>
          <VULN_INFO_LIST><VULN_INFO><QID id="qid_38628">38628</QID><TYPE>Vuln</TYPE></VULN_INFO></VULN_INFO_LIST>
        </HOST>
        """

    static let assetGlossary = """
        <VULN_DETAILS id="qid_38628">
          <QID id="qid_38628">38628</QID>
          <TITLE><![CDATA[SSL/TLS Use of Weak RC4 Cipher]]></TITLE>
          <SEVERITY>3</SEVERITY>
          <CATEGORY>General remote services</CATEGORY>
          <THREAT><![CDATA[RC4 cipher is broken.]]></THREAT>
          <IMPACT><![CDATA[Traffic may be decrypted.]]></IMPACT>
          <SOLUTION><![CDATA[Disable RC4.]]></SOLUTION>
          <CVE_ID_LIST><CVE_ID><ID>CVE-2013-2566</ID></CVE_ID></CVE_ID_LIST>
          <CVSS_SCORE><CVSS_BASE source="service">4.3</CVSS_BASE><CVSS_TEMPORAL>3.4</CVSS_TEMPORAL></CVSS_SCORE>
          <CVSS3_SCORE><CVSS3_BASE>5.9 (AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N)</CVSS3_BASE></CVSS3_SCORE>
        </VULN_DETAILS>
        <VULN_DETAILS id="qid_45038"><QID id="qid_45038">45038</QID><TITLE>Host Scan Time</TITLE>
          <SEVERITY>3</SEVERITY></VULN_DETAILS>
        <VULN_DETAILS id="qid_370876"><QID id="qid_370876">370876</QID><TITLE>SNMP</TITLE>
          <SEVERITY>5</SEVERITY></VULN_DETAILS>
        <VULN_DETAILS id="qid_12345"><QID id="qid_12345">12345</QID><TITLE>No level</TITLE></VULN_DETAILS>
        <VULN_DETAILS id="qid_55555"><QID id="qid_55555">55555</QID><TITLE>Unused</TITLE><SEVERITY>2</SEVERITY></VULN_DETAILS>
        """

    @Test("asset data report: severities come from the glossary after the hosts; unknown QIDs are skipped")
    func assetDataReport() throws {
        for glossaryFirst in [false, true] {
            let (scan, summary) = try QualysXMLLoaderTests.load(
                QualysXMLLoaderTests.assetReport(
                    hosts: QualysXMLLoaderTests.assetHosts, glossary: QualysXMLLoaderTests.assetGlossary,
                    glossaryFirst: glossaryFirst))
            #expect(summary.error == nil)
            #expect(summary.records == 7)
            #expect(summary.kept == 4)
            #expect(
                summary.skipped == [
                    SkipReason.missingGlossaryEntry.rawValue: 1, SkipReason.missingSeverity.rawValue: 1,
                    SkipReason.missingHost.rawValue: 1,
                ])

            #expect(scan.hosts.count == 2)
            let host = scan.hosts[0]
            #expect(host.address == IPAddress("10.20.0.5"))
            #expect(host.fqdn == "db-01.example.com")
            #expect(host.otherNames == ["portal.example.com"])
            #expect(host.netbiosName == "DB01")
            #expect(host.operatingSystem == "Windows Server 2019")
            #expect(host.scanTime == ScanDate.parse("2021-03-20T01:02:03Z"))
            #expect(scan.hosts[1].fqdn == nil)
            #expect(scan.hosts[1].scanTime == ScanDate.parse("2021-03-25T07:13:51Z"))

            #expect(scan.findings.map(\.plugin.id) == ["38628", "45038", "370876", "38628"])
            #expect(scan.findings.map(\.severity) == [.medium, .info, .critical, .medium])
            #expect(
                scan.findings.map(\.port) == [
                    Port(number: 443, transport: .tcp), nil, Port(number: 161, transport: .udp),
                    Port(number: 8443, transport: .tcp),
                ])
            #expect(scan.findings.map(\.host) == [0, 0, 0, 1])
            #expect(scan.findings[0].serviceName == "http over ssl")
            #expect(scan.findings[0].evidence == "RC4-SHA")

            #expect(scan.plugins.keys.map(\.id).sorted() == ["370876", "38628", "45038"])
            let rc4 = try #require(scan.plugins[PluginKey(scanner: .qualys, id: "38628")])
            #expect(rc4.name == "SSL/TLS Use of Weak RC4 Cipher")
            #expect(rc4.family == "General remote services")
            #expect(rc4.description == "RC4 cipher is broken.\n\nImpact: Traffic may be decrypted.")
            #expect(rc4.solution == "Disable RC4.")
            #expect(rc4.cves == ["CVE-2013-2566"])
            #expect(
                rc4.cvss == [
                    CVSS(version: "2.0", score: 4.3, vector: nil),
                    CVSS(version: "3.0", score: 5.9, vector: "AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"),
                ])
        }
    }

    @Test("an empty asset data report loads; a generic <SCAN> and Qualys WAS reports are not claimed")
    func emptyAndOthers() throws {
        let (scan, summary) = try QualysXMLLoaderTests.load(
            QualysXMLLoaderTests.assetReport(hosts: "", glossary: ""))
        #expect(summary.error == nil)
        #expect(summary.records == 0)
        #expect(scan.hosts.isEmpty)

        let generic = try TestFiles.write("<?xml version=\"1.0\"?><SCAN><PAGE>1</PAGE></SCAN>", name: "scan.xml")
        #expect(loadScan(generic).1.error?.contains("found XML with root element <SCAN>") == true)
        let was = try TestFiles.write(
            "<?xml version=\"1.0\"?><WAS_SCAN_REPORT><HEADER/></WAS_SCAN_REPORT>", name: "w.xml")
        #expect(loadScan(was).1.error?.contains("found XML with root element <WAS_SCAN_REPORT>") == true)
    }

    @Test("placeholder host names are no names; Qualys CVSS text forms")
    func textForms() {
        #expect(QualysText.hostName("No registered hostname") == nil)
        #expect(QualysText.hostName("UNKNOWN") == nil)
        #expect(QualysText.hostName("  ") == nil)
        #expect(QualysText.hostName("Host1.Example.com") == "host1.example.com")
        #expect(QualysText.cvss("-", fallbackVersion: "3.0") == nil)
        #expect(QualysText.cvss("", fallbackVersion: "3.0") == nil)
        #expect(
            QualysText.cvss("9.8 (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)", fallbackVersion: "3.0")
                == CVSS(version: "3.1", score: 9.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
        #expect(QualysText.qid("qid_38170") == "38170")
        #expect(Severity(qualysLevel: "5") == .critical)
        #expect(Severity(qualysLevel: "1") == .info)
        #expect(Severity(qualysLevel: "0") == nil)
    }
}
