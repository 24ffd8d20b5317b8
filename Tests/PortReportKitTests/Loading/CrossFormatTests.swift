import Testing

@testable import PortReportKit

/// The same logical finding, written in every export format that carries findings, must come
/// out as the same normalised finding: address, port, severity, CVE, CVSS score and evidence.
@Suite("One finding in every format")
struct CrossFormatTests {
    /// What must agree across formats.
    struct Normalised: Equatable, CustomStringConvertible {
        var address: String?
        var port: String?
        var severity: Severity
        var cves: [String]
        var score: Double?
        var evidenceMentionsCipher: Bool

        var description: String {
            "\(address ?? "-") \(port ?? "host") \(severity.word) \(cves) \(score.map { "\($0)" } ?? "-") \(evidenceMentionsCipher)"
        }
    }

    static let expected = Normalised(
        address: "192.0.2.7", port: "443/tcp", severity: .high, cves: ["CVE-2016-2183"], score: 7.5,
        evidenceMentionsCipher: true)

    static let documents: [(format: String, name: String, text: String)] = [
        (
            "nessus", "scan.nessus",
            NessusFixture.document(
                NessusFixture.host(
                    "192.0.2.7", tags: ["host-ip": "192.0.2.7"],
                    items: NessusFixture.item(
                        port: "443", service: "www", severity: "3", pluginID: "42873", name: "SWEET32",
                        children: """
                            <cvss3_base_score>7.5</cvss3_base_score>
                            <cvss3_vector>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N</cvss3_vector>
                            <cve>CVE-2016-2183</cve><plugin_output>Cipher DES-CBC3-SHA is offered</plugin_output>
                            """)))
        ),
        (
            "nessus-csv", "scan.csv",
            """
            Plugin ID,CVE,CVSS v3.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output
            42873,CVE-2016-2183,7.5,High,192.0.2.7,tcp,443,SWEET32,s,d,f,,"Cipher DES-CBC3-SHA is offered"

            """
        ),
        (
            "openvas", "report.xml",
            """
            <report id="r1"><report id="r1"><results start="1" max="-1">
            <result id="x1"><name>SWEET32</name><host>192.0.2.7<hostname></hostname></host><port>443/tcp</port>
            <nvt oid="1.3.6.1.4.1.25623.1.0.108031"><name>SWEET32</name><cvss_base>7.5</cvss_base>
            <tags>cvss_base_vector=CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N|summary=s</tags>
            <refs><ref type="cve" id="CVE-2016-2183"/></refs></nvt>
            <threat>High</threat><severity>7.5</severity><description>Cipher DES-CBC3-SHA is offered</description></result>
            </results></report></report>
            """
        ),
        (
            "qualys-xml", "qualys.xml",
            """
            <?xml version="1.0" encoding="UTF-8" ?>
            <SCAN value="scan/1">
            <IP value="192.0.2.7" name="No registered hostname"><VULNS><CAT value="Web" port="443" protocol="tcp">
            <VULN number="38657" severity="4"><TITLE>SWEET32</TITLE><CVE_ID_LIST><CVE_ID><ID>CVE-2016-2183</ID></CVE_ID></CVE_ID_LIST>
            <CVSS3_BASE>7.5</CVSS3_BASE><RESULT>Cipher DES-CBC3-SHA is offered</RESULT></VULN>
            </CAT></VULNS></IP>
            </SCAN>
            """
        ),
        (
            "qualys-csv", "qualys.csv",
            """
            "IP","DNS","QID","Title","Type","Severity","Port","Protocol","CVE ID","CVSS3 Base","Results"
            "192.0.2.7","","38657","SWEET32","Vuln","4","443","tcp","CVE-2016-2183","7.5","Cipher DES-CBC3-SHA is offered"

            """
        ),
        (
            "nuclei", "nuclei.jsonl",
            """
            {"template-id":"sweet32","info":{"name":"SWEET32","severity":"high","classification":{"cve-id":["CVE-2016-2183"],"cvss-score":7.5,"cvss-metrics":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}},"host":"192.0.2.7:443","ip":"192.0.2.7","port":"443","matched-at":"192.0.2.7:443","extracted-results":["Cipher DES-CBC3-SHA is offered"],"type":"ssl"}

            """
        ),
        (
            "nmap", "nmap.xml",
            """
            <?xml version="1.0"?>
            <nmaprun scanner="nmap" start="1795486211"><host><status state="up"/><address addr="192.0.2.7" addrtype="ipv4"/>
            <ports><port protocol="tcp" portid="443"><state state="open" reason="syn-ack"/><service name="https"/>
            <script id="ssl-dh-params" output="&#xa;  VULNERABLE:&#xa;  SSL 3DES ciphers (SWEET32)&#xa;    State: VULNERABLE&#xa;    IDs:  CVE:CVE-2016-2183&#xa;    Risk factor: High  CVSSv3: 7.5 (HIGH)&#xa;      Cipher DES-CBC3-SHA is offered&#xa;"/>
            </port></ports></host></nmaprun>
            """
        ),
    ]

    static func normalise(_ scan: ScanResult, _ index: Int) -> Normalised {
        let finding = scan.findings[index]
        return Normalised(
            address: scan.hosts[finding.host].address?.description, port: finding.port?.description,
            severity: finding.severity, cves: scan.cves(of: index), score: scan.cvss(of: index)?.score,
            evidenceMentionsCipher: finding.evidence?.contains("DES-CBC3-SHA") ?? false)
    }

    @Test("every format gives the same normalised finding", arguments: CrossFormatTests.documents.map(\.format))
    func sameFinding(format: String) throws {
        let document = try #require(CrossFormatTests.documents.first { $0.format == format })
        let path = try TestFiles.write(document.text, name: document.name)
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil, "\(summary.error ?? "")")
        #expect(summary.format == format)
        #expect(scan.findings.count == 1)
        #expect(CrossFormatTests.normalise(scan, 0) == CrossFormatTests.expected)
    }
}
