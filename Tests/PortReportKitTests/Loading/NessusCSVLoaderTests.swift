import Foundation
import Testing

@testable import PortReportKit

@Suite("Nessus and Tenable CSV loader")
struct NessusCSVLoaderTests {
    static let classicHeader =
        "Plugin ID,CVE,CVSS,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output"

    @Test("classic export: BOM, multi-line cells, one row per CVE, port 0, trailing empty rows")
    func classic() throws {
        let csv =
            "\u{FEFF}\(NessusCSVLoaderTests.classicHeader)\r\n"
            + "42873,CVE-2016-2183,5.0,Medium,10.0.0.5,tcp,443,SWEET32,Medium ciphers.,\"The host supports\n"
            + "64-bit block ciphers.\",Reconfigure.,\"https://sweet32.info\nhttps://www.openssl.org/\",\"Ciphers:\n"
            + "  DES-CBC3-SHA\"\r\n"
            + "42873,CVE-2016-6329,5.0,Medium,10.0.0.5,tcp,443,SWEET32,,,,,\r\n"
            + "19506,,,None,10.0.0.5,tcp,0,Nessus Scan Information,,,,,Scan took 5 minutes\r\n"
            + "10107,,,None,10.0.0.6,TCP,80,HTTP Server Type and Version,,,,,nginx/1.24.0\r\n"
            + "41028,,,Critical,10.0.0.6,udp,161,SNMP Agent Default Community Name (public),,,,,\r\n"
            + ",,,,,,,,,,,,\r\n,,,,,,,,,,,,\r\n\r\n"
        let path = try TestFiles.write(csv, name: "scan.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "nessus-csv")
        #expect(summary.records == 5)
        #expect(summary.kept == 5)
        #expect(summary.skipped.isEmpty)

        #expect(scan.hosts.map(\.address) == [IPAddress("10.0.0.5"), IPAddress("10.0.0.6")])
        #expect(scan.findings.map(\.host) == [0, 0, 0, 1, 1])
        #expect(
            scan.findings.map(\.port) == [
                Port(number: 443, transport: .tcp), Port(number: 443, transport: .tcp), nil,
                Port(number: 80, transport: .tcp), Port(number: 161, transport: .udp),
            ])
        #expect(scan.findings.map(\.severity) == [.medium, .medium, .info, .info, .critical])
        #expect(scan.findings[0].plugin == PluginKey(scanner: .nessus, id: "42873"))
        #expect(scan.findings[0].evidence == "Ciphers:\n  DES-CBC3-SHA")
        #expect(scan.findings[2].evidence == "Scan took 5 minutes")

        let plugin = try #require(scan.plugins[PluginKey(scanner: .nessus, id: "42873")])
        #expect(plugin.name == "SWEET32")
        #expect(plugin.synopsis == "Medium ciphers.")
        #expect(plugin.description == "The host supports\n64-bit block ciphers.")
        #expect(plugin.solution == "Reconfigure.")
        #expect(plugin.seeAlso == ["https://sweet32.info", "https://www.openssl.org/"])
        #expect(plugin.cves == ["CVE-2016-2183", "CVE-2016-6329"])
        #expect(plugin.cvss == [CVSS(version: "2.0", score: 5.0, vector: nil)])
        #expect(plugin.riskFactor == "Medium")
        #expect(scan.plugins.count == 4)

        // Plugin 10107's output is the server's banner, as in a .nessus file.
        let observation = try #require(scan.observations.first)
        #expect(observation.port == Port(number: 80, transport: .tcp))
        #expect(observation.banner == "nginx/1.24.0")
        #expect(observation.bannerRank == 0)
        #expect(observation.host == 1)
    }

    @Test("all-columns export: CVSS v2/v3/v4 with vectors, VPR, EPSS, names, MAC, XREF")
    func allColumns() throws {
        let csv = """
            Plugin ID,CVE,CVSS v2.0 Base Score,CVSS v2.0 Vector,Risk,Host,IP Address,FQDN,NetBIOS,MAC Address,\
            Protocol,Port,Name,CVSS v3.0 Base Score,CVSS v3.0 Vector,CVSS v4.0 Base Score,CVSS v4.0 Vector,\
            CVSS v4.0 Base+Threat Score,VPR Score,EPSS Score,Risk Factor,XREF,Plugin Output
            200162,CVE-2024-4577,10.0,AV:N/AC:L/Au:N/C:C/I:C/A:C,Critical,web-01,192.168.0.101,\
            Web-01.Corp.Example.com,WEB01,00:50:56:AA:BB:CC,tcp,8080,PHP 8.2.x < 8.2.20,9.8,\
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H,9.3,\
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N,8.9,9.6,0.9438,Critical,\
            CISA-KNOWN-EXPLOITED:2024/07/03;CWE:78;IAVA:2024-A-0330-S,Installed version : 8.2.18
            11213,CVE-2003-1567,50,,Medium,web-01,192.168.0.101,,,,tcp,443,HTTP TRACE / TRACK Methods Allowed,53,,,,,40,8269,\
            Medium,CERT:288308;CWE:16;CWE:200,
            """
        let path = try TestFiles.write(csv, name: "all.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 2)

        let host = try #require(scan.hosts.first)
        #expect(scan.hosts.count == 1)
        #expect(host.reportedName == "web-01")
        #expect(host.address == IPAddress("192.168.0.101"))
        #expect(host.fqdn == "web-01.corp.example.com")
        #expect(host.netbiosName == "WEB01")
        #expect(host.macAddresses == ["00:50:56:aa:bb:cc"])

        let php = try #require(scan.plugins[PluginKey(scanner: .nessus, id: "200162")])
        #expect(
            php.cvss == [
                CVSS(version: "2.0", score: 10.0, vector: "AV:N/AC:L/Au:N/C:C/I:C/A:C"),
                CVSS(version: "3.1", score: 9.8, vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
                CVSS(
                    version: "4.0", score: 9.3,
                    vector: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"),
            ])
        #expect(php.primaryCVSS?.score == 9.3)
        #expect(php.vpr == 9.6)
        #expect(php.epss == 0.9438)
        #expect(php.knownExploited == "2024/07/03")
        #expect(php.cwes == ["CWE-78"])
        #expect(php.cves == ["CVE-2024-4577"])

        // Scores written without their decimal point (50 for 5.0) are out of range and dropped,
        // as are VPR and EPSS values outside 0–10 and 0–1.
        let trace = try #require(scan.plugins[PluginKey(scanner: .nessus, id: "11213")])
        #expect(trace.cvss.isEmpty)
        #expect(trace.vpr == nil)
        #expect(trace.epss == nil)
        #expect(trace.cwes == ["CWE-16", "CWE-200"])
    }

    @Test("Tenable.sc export: columns by name in any order, Severity over Risk Factor, Plugin Text")
    func tenableSC() throws {
        let csv = """
            "Plugin","Plugin Name","Family","Severity","IP Address","Protocol","Port","Exploit?","","MAC Address",\
            "DNS Name","NetBIOS Name","Plugin Text","First Discovered","Last Observed","Synopsis","Steps to Remediate",\
            "Risk Factor","CVSS V2 Base Score","CVSS V3 Base Score","CVSS V3 Vector","CVE","Cross References"
            "35291","SSL Certificate Signed Using Weak Hashing Algorithm","General","High","10.1.1.1","TCP","443",\
            "Yes","ignored","","db01.example.com","WORKGROUP\\db01","Plugin Output:
            Subject : CN=db01","Jan 5, 2021 10:24:08 UTC","Feb 9, 2024 10:48:42 UTC","Weak hash.","Reissue the \
            certificate.","Medium","5","7.5","AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N","CVE-2004-2761",\
            "CERT #836068,CWE #310"
            """
        let path = try TestFiles.write(csv, name: "sc.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 1)

        let host = try #require(scan.hosts.first)
        #expect(host.reportedName == "10.1.1.1")
        #expect(host.address == IPAddress("10.1.1.1"))
        #expect(host.fqdn == "db01.example.com")
        #expect(host.netbiosName == "DB01")
        #expect(host.macAddresses.isEmpty)
        #expect(host.scanTime == Date(timeIntervalSince1970: 1_707_475_722))

        let finding = try #require(scan.findings.first)
        #expect(finding.severity == .high)
        #expect(finding.port == Port(number: 443, transport: .tcp))
        #expect(finding.evidence == "Subject : CN=db01")

        let plugin = try #require(scan.plugins[finding.plugin])
        #expect(plugin.family == "General")
        #expect(plugin.riskFactor == "Medium")
        #expect(plugin.solution == "Reissue the certificate.")
        #expect(plugin.exploitAvailable)
        #expect(plugin.cwes == ["CWE-310"])
        #expect(
            plugin.cvss == [
                CVSS(version: "2.0", score: 5, vector: nil),
                CVSS(version: "3.0", score: 7.5, vector: "AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N"),
            ])
    }

    @Test("Tenable.io export: semicolons and dotted column names")
    func tenableIO() throws {
        let csv = """
            asset.ipv4;asset.fqdn;asset.netbios_name;definition.id;definition.name;definition.family;severity;port;\
            protocol;output;definition.cve;definition.cvss3.base_score;definition.cvss3.base_vector;last_seen
            10.20.4.7;billing-db.corp.example.com;BILLINGDB;10863;SSL Certificate Information;General;info;5432;tcp;\
            "Subject Name: CN=billing-db";;;;2026-11-24T02:10:11.000Z
            10.20.4.7;billing-db.corp.example.com;BILLINGDB;57582;SSL Self-Signed Certificate;General;medium;5432;tcp;;\
            CVE-2099-0001;6.5;CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N;2026-11-24T02:10:11.000Z
            """
        let path = try TestFiles.write(csv, name: "io.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "nessus-csv")
        #expect(summary.records == 2)
        #expect(scan.hosts.count == 1)
        #expect(scan.hosts[0].address == IPAddress("10.20.4.7"))
        #expect(scan.hosts[0].fqdn == "billing-db.corp.example.com")
        #expect(scan.hosts[0].netbiosName == "BILLINGDB")
        #expect(scan.findings.map(\.severity) == [.info, .medium])
        #expect(
            scan.findings.map(\.port) == [Port(number: 5432, transport: .tcp), Port(number: 5432, transport: .tcp)])
        #expect(scan.findings[0].evidence == "Subject Name: CN=billing-db")
        let plugin = try #require(scan.plugins[PluginKey(scanner: .nessus, id: "57582")])
        #expect(plugin.name == "SSL Self-Signed Certificate")
        #expect(plugin.cves == ["CVE-2099-0001"])
        #expect(
            plugin.cvss == [CVSS(version: "3.0", score: 6.5, vector: "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N")])
    }

    @Test("Tenable WAS export: a site or URL host, protocol http and no port are host-level")
    func was() throws {
        let csv = """
            Plugin ID,CVE,CVSS,CVSSv3,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution,See Also,Plugin Output
            98104,,7.5,7.1,high,google.com,http,,Cross-Site Scripting (XSS),,,,,Payload reflected
            98060,,2.6,3.1,low,https://portal.example.com:8443/login,https,8443,Missing 'X-Frame-Options' Header,,,,,
            """
        let path = try TestFiles.write(csv, name: "was.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.records == 2)
        #expect(summary.kept == 2)
        #expect(scan.findings.map(\.severity) == [.high, .low])
        #expect(scan.findings[0].port == nil)
        #expect(scan.findings[1].port == Port(number: 8443, transport: .tcp))
        #expect(scan.hosts[0].nameKind == .name)
        #expect(scan.hosts[0].fqdn == "google.com")
        #expect(scan.hosts[1].nameKind == .url)
        #expect(scan.hosts[1].fqdn == "portal.example.com")
        let xss = try #require(scan.plugins[PluginKey(scanner: .nessus, id: "98104")])
        #expect(xss.cvss.map(\.version) == ["2.0", "3.0"])
        #expect(xss.primaryCVSS?.score == 7.1)
    }

    @Test("rows without plugin id, host, good port, transport or severity are skipped with the reason")
    func skippedRows() throws {
        let csv = """
            \(NessusCSVLoaderTests.classicHeader)
            ,,,High,10.0.0.1,tcp,22,No id,,,,,
            10001,,,High,,tcp,22,No host,,,,,
            10002,,,High,10.0.0.1,tcp,70000,Port too big,,,,,
            10003,,,High,10.0.0.1,tcp,ssh,Port not a number,,,,,
            10004,,,High,10.0.0.1,gre,22,Unknown transport,,,,,
            10005,,,Severe,10.0.0.1,tcp,22,Unknown severity,,,,,
            10006,,,High,10.0.0.1,tcp,22,Kept,,,,,
            """
        let path = try TestFiles.write(csv, name: "skips.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.records == 7)
        #expect(summary.kept == 1)
        #expect(
            summary.skipped == [
                SkipReason.missingPluginID.rawValue: 1, SkipReason.missingHost.rawValue: 1,
                SkipReason.badPort.rawValue: 2, SkipReason.badTransport.rawValue: 1,
                SkipReason.missingSeverity.rawValue: 1,
            ])
        #expect(summary.records == summary.kept + summary.skippedCount)
        #expect(scan.findings.map(\.plugin.id) == ["10006"])
        // Hosts of skipped rows are not added: a system with nothing on it would be noise.
        #expect(scan.hosts.count == 1)
    }

    @Test("a header-only file without a final line break has no records")
    func headerOnly() throws {
        let path = try TestFiles.write(NessusCSVLoaderTests.classicHeader, name: "empty.csv")
        let (scan, summary) = loadScan(path)
        #expect(summary.error == nil)
        #expect(summary.format == "nessus-csv")
        #expect(summary.records == 0)
        #expect(scan.hosts.isEmpty)
    }

    @Test("a CSV and a .nessus of the same scan give the same fingerprints")
    func sameFingerprintsAsNessus() throws {
        let nessus = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    "10.0.0.5", tags: ["host-ip": "10.0.0.5"],
                    items: NessusFixture.item(port: "443", severity: "2", pluginID: "42873"),
                    NessusFixture.item(port: "0", service: "general", severity: "0", pluginID: "19506"))))
        let csv = try TestFiles.write(
            """
            \(NessusCSVLoaderTests.classicHeader)
            42873,,,Medium,10.0.0.5,tcp,443,SWEET32,,,,,
            19506,,,None,10.0.0.5,tcp,0,Nessus Scan Information,,,,,
            """, name: "same.csv")
        let scan = InputLoader().load([nessus, csv])
        #expect(scan.inputs.map(\.error) == [nil, nil])
        let prints = scan.findings.map { ($0.input, $0.fingerprint(hostIdentity: scan.hosts[$0.host].identity)) }
        let fromNessus = prints.filter { $0.0 == 0 }.map(\.1)
        let fromCSV = prints.filter { $0.0 == 1 }.map(\.1)
        #expect(fromNessus == ["nessus:42873|10.0.0.5|443/tcp", "nessus:19506|10.0.0.5|host"])
        #expect(fromCSV == fromNessus)
    }

    @Test("bytes that are not UTF-8 fail with the line of the record")
    func notUTF8() throws {
        let url = try TestFiles.folder().appendingPathComponent("latin1.csv")
        var bytes = Array("\(NessusCSVLoaderTests.classicHeader)\n10001,,,Low,10.0.0.1,tcp,22,ok,,,,,\n".utf8)
        bytes += Array("10002,,,Low,10.0.0.1,tcp,22,caf".utf8) + [0xE9] + Array(",,,,,\n".utf8)
        try Data(bytes).write(to: url)
        let (scan, summary) = loadScan(url.path)
        #expect(
            summary.error
                == "\(url.path):3: the file is not UTF-8 text (invalid byte sequence in this record); save the export as UTF-8"
        )
        #expect(scan.findings.isEmpty)
    }

    @Test("recognised by its header only; other CSV exports are not taken")
    func recognition() throws {
        let nessus = try TestFiles.write("\(NessusCSVLoaderTests.classicHeader)\n", name: "a.txt")
        #expect(try FormatDetector.loader(for: nessus) is NessusCSVLoader)
        let openvas = try TestFiles.write(
            "IP,Hostname,Port,Port Protocol,CVSS,Severity,Solution Type,NVT Name,Summary,Specific Result,NVT OID\n",
            name: "openvas.csv")
        #expect(throws: PortReportError.self) { try FormatDetector.loader(for: openvas) }
        let forced = InputLoader(formatOverride: "nessus-csv").load([openvas]).inputs[0]
        #expect(forced.error?.hasPrefix("\(openvas): no Nessus CSV header in the first 40 lines") == true)
    }
}
