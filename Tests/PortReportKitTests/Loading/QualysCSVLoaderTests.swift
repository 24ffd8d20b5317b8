import Foundation
import Testing

@testable import PortReportKit

@Suite("Qualys CSV loader")
struct QualysCSVLoaderTests {
    @Test("Scan Report with a preamble: header found by its columns, multi-line cells, CVSS with vector")
    func scanReport() throws {
        let csv = """
            "Scan Results","11/24/2026"
            "Example Corp","1 Main Street"

            "IP","DNS","NetBIOS","OS","QID","Title","Type","Severity","Port","Protocol","FQDN","CVE ID",\
            "CVSS Base","CVSS3 Base","Threat","Impact","Solution","Results","Vuln Status","Last Detected","Category"
            "10.98.57.180","ip-10-98-57-180.eu-west-1.compute.internal","EC2AMAZ-IU0C43L","Windows Server 2016",\
            "91762","Microsoft Windows Security Update for May 2021","Vuln","5",,,,\
            "CVE-2021-31192, CVE-2021-31188","9.3","9.9 (AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H)","Missing update.
            See KB5003169.","Remote code execution.","Install the update.","KB5003169 is not installed","Active",\
            "05/25/2021 07:36:58","Windows"
            "10.98.57.180","ip-10-98-57-180.eu-west-1.compute.internal","EC2AMAZ-IU0C43L","Windows Server 2016",\
            "38170","SSL Certificate - Subject Common Name Does Not Match Server FQDN","Vuln","2","3389","tcp","",,,\
            "","","","","CN=other","New","05/26/2021 07:36:58","General remote services"
            "10.98.57.181","No registered hostname","","","45038","Host Scan Time - Scanner","Ig","3",,,,,,,\
            ,,,"Scan duration: 120 seconds","Active","05/25/2021 07:00:00","Information gathering"


            """
        let path = try TestFiles.write(csv, name: "qualys.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "qualys-csv")
        #expect(summary.records == 3)
        #expect(summary.kept == 3)

        #expect(scan.hosts.count == 2)
        let host = scan.hosts[0]
        #expect(host.address == IPAddress("10.98.57.180"))
        #expect(host.fqdn == "ip-10-98-57-180.eu-west-1.compute.internal")
        #expect(host.netbiosName == "EC2AMAZ-IU0C43L")
        #expect(host.operatingSystem == "Windows Server 2016")
        // The newest Last Detected of the host's rows.
        #expect(host.scanTime == Date(timeIntervalSince1970: 1_622_014_618))
        #expect(scan.hosts[1].names.isEmpty)

        #expect(scan.findings.map(\.plugin) == ["91762", "38170", "45038"].map { PluginKey(scanner: .qualys, id: $0) })
        #expect(scan.findings.map(\.severity) == [.critical, .low, .info])
        #expect(scan.findings.map(\.port) == [nil, Port(number: 3389, transport: .tcp), nil])
        #expect(scan.findings.map(\.host) == [0, 0, 1])
        #expect(scan.findings[0].evidence == "KB5003169 is not installed")

        let plugin = try #require(scan.plugins[PluginKey(scanner: .qualys, id: "91762")])
        #expect(plugin.name == "Microsoft Windows Security Update for May 2021")
        #expect(plugin.description == "Missing update.\nSee KB5003169.\n\nImpact: Remote code execution.")
        #expect(plugin.solution == "Install the update.")
        #expect(plugin.family == "Windows")
        #expect(plugin.cves == ["CVE-2021-31188", "CVE-2021-31192"])
        #expect(
            plugin.cvss == [
                CVSS(version: "2.0", score: 9.3, vector: nil),
                CVSS(version: "3.0", score: 9.9, vector: "AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H"),
            ])
    }

    @Test("VMDR with preamble: address lists, IPv6-only assets, '- cells, fixed rows skipped")
    func vmdr() throws {
        let csv = """
            "Asset Vuln Datalist Report","04 Feb 2026 10:00AM GMT-0500","1"
            "TestCompany","123 Test Street","Test City"
            "CVE","CVE-Description","CVSSv2 Base (nvd)","CVSSv3.1 Base (nvd)","QID","Title","Severity","KB Severity",\
            "Last Detected","Protocol","Port","Status","Asset Id","Asset Name","Asset IPV4","Asset IPV6","Results"
            "CVE-2023-0003","SQL injection","7.5","6.5","800003","SQL Injection","3","3","Feb 03, 2026 07:00 AM",\
            "TCP","3306","FIXED","300000003","DBSERVER01","192.168.1.20","","Error-based SQLi"
            "CVE-2023-0004","Privilege escalation","7.2","7.8","800004","Local Privilege Escalation","4","4",\
            "Feb 03, 2026 07:00 AM","'-","0","ACTIVE","300000004","WORKSTATION01","192.168.1.100,192.168.1.101","",\
            "'-"
            "CVE-2023-0005","Remote code execution","10.0","9.8","800005","Critical RCE","5","5",\
            "Feb 03, 2026 07:00 AM","TCP","8443","ACTIVE","300000005","APPSERVER01","","2001:db8::100","Payload ran"
            """
        let path = try TestFiles.write(csv, name: "vmdr.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 3)
        #expect(summary.kept == 2)
        #expect(summary.skipped == [SkipReason.alreadyFixed.rawValue: 1])

        #expect(scan.hosts.count == 2)
        #expect(scan.hosts[0].address == IPAddress("192.168.1.100"))
        #expect(scan.hosts[0].additionalAddresses == [IPAddress("192.168.1.101")].compactMap { $0 })
        #expect(scan.hosts[0].names == ["workstation01"])
        #expect(scan.hosts[0].scanTime == Date(timeIntervalSince1970: 1_770_102_000))
        #expect(scan.hosts[1].address == IPAddress("2001:db8::100"))

        #expect(scan.findings.map(\.severity) == [.high, .critical])
        #expect(scan.findings.map(\.port) == [nil, Port(number: 8443, transport: .tcp)])
        #expect(scan.findings[0].evidence == nil)
        #expect(scan.findings[1].evidence == "Payload ran")
        let plugin = try #require(scan.plugins[PluginKey(scanner: .qualys, id: "800005")])
        #expect(plugin.description == "Remote code execution")
        #expect(plugin.cves == ["CVE-2023-0005"])
        #expect(plugin.cvss.map(\.version) == ["2.0", "3.1"])
        #expect(plugin.primaryCVSS?.score == 9.8)
    }

    @Test("HackerGuardian and monthly PCI: Q_SEVERITY is the Qualys level, placeholder host names")
    func pci() throws {
        let guardian = """
            "IP","HOSTNAME","LAST SCAN","QID","VULN TITLE","TYPE","SEVERITY","PORT","PROTOCOL","CVSS_BASE",\
            "Q_SEVERITY","THREAT","SOLUTION","RESULT","CVEID"
            "18.238.109.17","No registered hostname","2024-09-16 04:00:30","150059","Windows path in HTML",\
            "POTENTIAL","M","80","tcp","5.3","1","Path disclosed.","Review.","url: https://help.example.co/",""
            "44.207.58.177","jt.example.co","2024-09-15 09:00:18","11827","HTTP Security Header Not Detected",\
            "CONFIRMED","M","443","tcp","5.3","","","","",""
            """
        let (scan, summary) = loadScan(try TestFiles.write(guardian, name: "hg.csv"))
        #expect(summary.error == nil)
        #expect(summary.records == 2)
        #expect(scan.hosts[0].names.isEmpty)
        #expect(scan.hosts[1].fqdn == "jt.example.co")
        // Level 1 from Q_SEVERITY; without a level the PCI letter M is read as medium.
        #expect(scan.findings.map(\.severity) == [.info, .medium])
        #expect(scan.findings[0].evidence == "url: https://help.example.co/")
        #expect(scan.plugins[PluginKey(scanner: .qualys, id: "150059")]?.name == "Windows path in HTML")

        let monthly = """
            IP,HOSTNAME,LAST SCAN,QID,VULN TITLE,TYPE,SEVERITY,PORT,PROTOCOL,CVSS_BASE,Q_SEVERITY,THREAT
            192.168.0.1,abv.xyw.com.fj,22/09/2022 13:01,86476,Web Server Stopped Responding,POTENTIAL,Medium,80,tcp,\
            6.4,3,The Web server stopped responding
            """
        let (pciScan, pciSummary) = loadScan(try TestFiles.write(monthly, name: "pci.csv"))
        #expect(pciSummary.records == 1)
        #expect(pciScan.findings.first?.severity == .medium)
        #expect(pciScan.hosts.first?.scanTime == Date(timeIntervalSince1970: 1_663_851_660))
        #expect(pciScan.plugins.first?.value.cvss == [CVSS(version: "2.0", score: 6.4, vector: nil)])
    }

    @Test("a header-only file with trailing blank lines has no records")
    func headerOnly() throws {
        let path = try TestFiles.write("\"IP\",\"QID\",\"Title\",\"Severity\"\n\n\n", name: "empty.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "qualys-csv")
        #expect(summary.records == 0)
        #expect(scan.findings.isEmpty)
    }

    @Test("rows without QID, host, good port or severity are skipped with the reason")
    func skippedRows() throws {
        let csv = """
            IP,DNS,QID,Title,Severity,Port,Protocol
            10.0.0.1,,,No QID,3,22,tcp
            ,unknown,1001,No host,3,22,tcp
            10.0.0.1,,1002,Bad port,3,99999,tcp
            10.0.0.1,,1003,Bad transport,3,22,gre
            10.0.0.1,,1004,No severity,,22,tcp
            10.0.0.1,,1005,Kept,4,22,
            """
        let (scan, summary) = loadScan(try TestFiles.write(csv, name: "skips.csv"))
        #expect(summary.records == 6)
        #expect(summary.kept == 1)
        #expect(
            summary.skipped == [
                SkipReason.missingPluginID.rawValue: 1, SkipReason.missingHost.rawValue: 1,
                SkipReason.badPort.rawValue: 1, SkipReason.badTransport.rawValue: 1,
                SkipReason.missingSeverity.rawValue: 1,
            ])
        #expect(summary.records == summary.kept + summary.skippedCount)
        // An empty protocol with a port is tcp.
        #expect(scan.findings.first?.port == Port(number: 22, transport: .tcp))
    }

    @Test("forcing the format on a file without a Qualys header fails with a clear message")
    func noHeader() throws {
        let path = try TestFiles.write("IP,Hostname,Severity\n10.0.0.1,a,High\n", name: "other.csv")
        let summary = InputLoader(formatOverride: "qualys-csv").load([path]).inputs[0]
        #expect(
            summary.error
                == "\(path): no Qualys CSV header in the first 40 lines: expected a line with the columns IP (or Asset IPV4), QID and Title (or VULN TITLE)"
        )
    }
}
