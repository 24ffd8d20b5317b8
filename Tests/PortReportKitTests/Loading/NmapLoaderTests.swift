import Foundation
import Testing

@testable import PortReportKit

@Suite("Nmap XML loader")
struct NmapLoaderTests {
    /// An `nmaprun` document holding the given `<host>` elements.
    static func document(_ hosts: String..., scanner: String = "nmap", start: String = "1581930445") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nmaprun>
        <?xml-stylesheet href="file:///usr/bin/../share/nmap/nmap.xsl" type="text/xsl"?>
        <nmaprun scanner="\(scanner)" args="nmap -sV" start="\(start)" version="7.94" xmloutputversion="1.05">
        <scaninfo type="syn" protocol="tcp" numservices="1000" services="1-1000"/>
        <hosthint><status state="up" reason="arp-response"/><address addr="10.9.9.9" addrtype="ipv4"/></hosthint>
        \(hosts.joined(separator: "\n"))
        <runstats><finished time="1581930455" elapsed="12.18" exit="success"/><hosts up="1" down="0" total="1"/></runstats>
        </nmaprun>
        """
    }

    static func load(_ document: String) throws -> (ScanResult, InputSummary) {
        loadScan(try TestFiles.write(document, name: "scan.xml"))
    }

    @Test("reads every address, host name, the best OS match and the scan time")
    func hostFields() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host starttime="1700000000" endtime="1700000100"><status state="up" reason="syn-ack"/>
                <address addr="192.0.2.10" addrtype="ipv4"/>
                <address addr="2001:DB8::10" addrtype="ipv6"/>
                <address addr="00:50:56:AA:BB:CC" addrtype="mac" vendor="VMware"/>
                <address addr="192.0.2.11"/>
                <address addr="00-50-56-AA-BB-CD"/>
                <hostnames>
                <hostname name="Web-01.PTR.Example.com" type="PTR"/>
                <hostname name="Web-01.Example.com" type="user"/>
                <hostname name="web-01.example.com" type="PTR"/>
                </hostnames>
                <ports></ports>
                <os><osclass type="general purpose" vendor="Linux" accuracy="100"/>
                <osmatch name="Linux 4.15" accuracy="90"/>
                <osmatch name="Linux 5.4" accuracy="96"/>
                <osmatch name="Linux 5.10" accuracy="96"/>
                </os>
                </host>
                """))
        #expect(summary.error == nil)
        #expect(summary.format == "nmap")
        #expect(summary.records == 0)
        let host = try #require(scan.hosts.first)
        #expect(scan.hosts.count == 1)
        #expect(host.reportedName == "192.0.2.10")
        #expect(host.nameKind == .address)
        #expect(host.address == IPAddress("192.0.2.10"))
        #expect(host.additionalAddresses == [IPAddress("2001:db8::10"), IPAddress("192.0.2.11")].compactMap { $0 })
        #expect(host.macAddresses == ["00:50:56:aa:bb:cc", "00-50-56-aa-bb-cd"])
        #expect(host.fqdn == "web-01.example.com")
        #expect(host.otherNames == ["web-01.ptr.example.com"])
        #expect(host.operatingSystem == "Linux 5.4")
        #expect(host.scanTime == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test("open ports become observations with state, reason, service and banner; records count exactly open")
    func portsAndObservations() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host><status state="up"/><address addr="192.0.2.20" addrtype="ipv4"/><ports>
                <extraports state="closed" count="990"/>
                <port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="64"/>
                <service name="ssh" product="OpenSSH" version="7.4" extrainfo="protocol 2.0" method="probed" conf="10"/>
                <script id="ssh-hostkey" output="&#xa;  2048 aa:bb (RSA)&#xa;  256 cc:dd (ECDSA)"/></port>
                <port protocol="tcp" portid="443"><state state="open" reason="syn-ack"/>
                <service name="http" product="nginx" tunnel="ssl" method="probed" conf="10"/></port>
                <port protocol="tcp" portid="80"><state state="open" reason="syn-ack"/>
                <service name="http" method="table" conf="3"/><script id="http-title" output="Welcome"/></port>
                <port protocol="tcp" portid="8080"><state state="open" reason="syn-ack"/></port>
                <port protocol="tcp" portid="3389"><state state="open" reason="syn-ack"/>
                <service name="tcpwrapped" method="probed" conf="8"/></port>
                <port protocol="udp" portid="53"><state state="open|filtered" reason="no-response"/>
                <service name="domain" method="table" conf="3"/></port>
                <port protocol="tcp" portid="25"><state state="closed" reason="reset"/><service name="smtp"/></port>
                <port protocol="tcp" portid="139"><state state="filtered" reason="no-response"/></port>
                </ports></host>
                """))
        #expect(summary.records == 5)
        #expect(summary.kept == 5)
        #expect(summary.skipped.isEmpty)
        #expect(scan.findings.isEmpty)
        let byPort = Dictionary(uniqueKeysWithValues: scan.observations.map { ($0.port.description, $0) })
        #expect(byPort.keys.sorted() == ["22/tcp", "3389/tcp", "443/tcp", "53/udp", "80/tcp", "8080/tcp"])

        let ssh = try #require(byPort["22/tcp"])
        #expect(ssh.host == 0)
        #expect(ssh.state == "open")
        #expect(ssh.reason == "syn-ack")
        #expect(ssh.serviceName == "ssh")
        #expect(ssh.product == "OpenSSH")
        #expect(ssh.version == "7.4")
        #expect(ssh.extraInfo == "protocol 2.0")
        #expect(ssh.banner == "OpenSSH 7.4 (protocol 2.0)\nssh-hostkey:\n2048 aa:bb (RSA)\n256 cc:dd (ECDSA)")
        #expect(ssh.bannerRank == 0)
        #expect(ssh.isPlainlyOpen)

        let https = try #require(byPort["443/tcp"])
        #expect(https.tunnel == "ssl")
        #expect(https.banner == "nginx")
        #expect(https.bannerRank == 0)

        let http = try #require(byPort["80/tcp"])
        #expect(http.banner == "http-title: Welcome")
        #expect(http.bannerRank == 2)

        let bare = try #require(byPort["8080/tcp"])
        #expect(bare.serviceName == nil)
        #expect(bare.banner == nil)

        let wrapped = try #require(byPort["3389/tcp"])
        #expect(wrapped.serviceName == "tcpwrapped")
        #expect(!wrapped.isPlainlyOpen)

        let dns = try #require(byPort["53/udp"])
        #expect(dns.state == "open|filtered")
        #expect(dns.reason == "no-response")
        #expect(!dns.isPlainlyOpen)
    }

    @Test("a script without an output attribute is read from its elem and table children")
    func scriptElementFallback() throws {
        let (scan, _) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host><address addr="192.0.2.30" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="445"><state state="open" reason="syn-ack"/>
                <service name="microsoft-ds"/>
                <script id="smb-protocols"><table key="dialects"><elem>2.02</elem><elem>3.11</elem></table>
                <elem key="signing">required</elem></script></port>
                </ports></host>
                """))
        let observation = try #require(scan.observations.first)
        #expect(observation.banner == "smb-protocols:\ndialects:\n  2.02\n  3.11\nsigning: required")
        #expect(observation.bannerRank == 2)
    }

    @Test("vulnerability scripts become findings on their port; host scripts become host-level findings")
    func scriptFindings() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host><address addr="192.0.2.40" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="22"><state state="open" reason="syn-ack"/>
                <service name="ssh" product="OpenSSH" version="7.4" method="probed"/>
                <script id="vulners" output="&#xa;  cpe:/a:openbsd:openssh:7.4: &#xa;    CVE-2023-38408 9.8"><table key="cpe:/a:openbsd:openssh:7.4">
                <table><elem key="cvss">9.8</elem><elem key="id">CVE-2023-38408</elem></table>
                <table><elem key="cvss">5.0</elem><elem key="id">CVE-2017-15906</elem></table>
                </table></script></port>
                <port protocol="tcp" portid="443"><state state="open" reason="syn-ack"/><service name="https" method="table"/>
                <script id="ssl-heartbleed" output="&#xa;  VULNERABLE:&#xa;  The Heartbleed Bug&#xa;    State: VULNERABLE&#xa;    Risk factor: High"/>
                <script id="ssl-poodle" output="State: NOT VULNERABLE"/></port>
                <port protocol="tcp" portid="8443"><state state="open" reason="syn-ack"/>
                <script id="vuln-check" output="something odd"/></port>
                </ports>
                <hostscript>
                <script id="smb-vuln-ms17-010" output="&#xa;  VULNERABLE:&#xa;  Remote Code Execution vulnerability in Microsoft SMBv1 servers (ms17-010)&#xa;    State: VULNERABLE"/>
                <script id="whois-ip" output="netname: EXAMPLE-NET"/>
                </hostscript>
                </host>
                """))
        #expect(summary.records == 3)
        #expect(summary.kept == 3)
        let byPlugin = Dictionary(uniqueKeysWithValues: scan.findings.map { ($0.plugin.id, $0) })
        #expect(byPlugin.keys.sorted() == ["smb-vuln-ms17-010", "ssl-heartbleed", "vuln-check", "vulners", "whois-ip"])

        let vulners = try #require(byPlugin["vulners"])
        #expect(vulners.plugin == PluginKey(scanner: .nmap, id: "vulners"))
        #expect(vulners.severity == .critical)
        #expect(vulners.port == Port(number: 22, transport: .tcp))
        #expect(vulners.serviceName == "ssh")
        #expect(!vulners.serviceGuessed)
        #expect(vulners.evidence == "cpe:/a:openbsd:openssh:7.4:\n  CVE-2023-38408 9.8")

        let heartbleed = try #require(byPlugin["ssl-heartbleed"])
        #expect(heartbleed.severity == .high)
        #expect(heartbleed.port == Port(number: 443, transport: .tcp))
        #expect(heartbleed.serviceGuessed)
        #expect(byPlugin["vuln-check"]?.severity == .medium)

        let smb = try #require(byPlugin["smb-vuln-ms17-010"])
        #expect(smb.port == nil)
        #expect(smb.severity == .medium)
        let whois = try #require(byPlugin["whois-ip"])
        #expect(whois.port == nil)
        #expect(whois.severity == .info)
        #expect(whois.evidence == "netname: EXAMPLE-NET")

        #expect(scan.plugins[PluginKey(scanner: .nmap, id: "whois-ip")]?.name == "Nmap script whois-ip")
        let ssl = try #require(scan.observations.first { $0.port.number == 443 })
        #expect(ssl.banner == "ssl-poodle: State: NOT VULNERABLE")
        let ssh = try #require(scan.observations.first { $0.port.number == 22 })
        #expect(ssh.banner == "OpenSSH 7.4")
    }

    @Test("down hosts are skipped; a host without status, an IPv6-only host and a scan with no hosts load")
    func hostEdgeCases() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host><status state="down" reason="no-response"/><address addr="192.0.2.50" addrtype="ipv4"/></host>
                <host><address addr="192.0.2.51" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="80"><state state="open"/></port></ports></host>
                <host starttime="1700000000"><status state="up"/><address addr="2001:db8::51" addrtype="ipv6"/>
                <hostnames><hostname name="v6only.example.com" type="PTR"/></hostnames><ports>
                <port protocol="tcp" portid="443"><state state="open" reason="syn-ack"/></port></ports></host>
                """, start: "1600000000"))
        #expect(summary.error == nil)
        #expect(summary.records == 2)
        #expect(scan.hosts.map(\.reportedName) == ["192.0.2.51", "2001:db8::51"])
        #expect(scan.hosts[0].scanTime == Date(timeIntervalSince1970: 1_600_000_000))
        #expect(scan.hosts[1].address == IPAddress("2001:db8::51"))
        #expect(scan.hosts[1].fqdn == "v6only.example.com")
        #expect(scan.observations.map(\.host) == [0, 1])

        let (empty, emptySummary) = try NmapLoaderTests.load(NmapLoaderTests.document())
        #expect(emptySummary.error == nil)
        #expect(emptySummary.records == 0)
        #expect(empty.hosts.isEmpty)
    }

    @Test("open ports that cannot be placed are counted as skipped with a reason")
    func skippedPorts() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host><address addr="192.0.2.60" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="0"><state state="open"/></port>
                <port protocol="tcp" portid="http"><state state="open"/></port>
                <port protocol="ip" portid="6"><state state="open"/></port>
                <port protocol="tcp" portid="22"><state state="open"/></port>
                </ports></host>
                <host><status state="down"/><address addr="192.0.2.61" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="22"><state state="open"/></port></ports></host>
                <host><address addr="00:11:22:33:44:55" addrtype="mac"/><ports>
                <port protocol="tcp" portid="22"><state state="open"/></port></ports></host>
                """))
        #expect(scan.observations.count == 1)
        #expect(summary.records == 6)
        #expect(summary.kept == 1)
        #expect(
            summary.skipped == [
                SkipReason.badPort.rawValue: 2, SkipReason.badTransport.rawValue: 1,
                SkipReason.hostDown.rawValue: 1, SkipReason.missingHost.rawValue: 1,
            ])
        #expect(summary.records == summary.kept + summary.skippedCount)
    }

    @Test("hand-made files: no addrtype, several <ports>, no protocol, service before state")
    func handMadeFiles() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            """
            <?xml version="1.0" ?>
            <nmaprun scanner="fake_nmap" args="nmap test">
                <host>
                    <address addr="66.35.250.168"/>
                    <ports><port portid="80"><service name="http" product="VALID"/><state state="open"/></port></ports>
                    <ports><port portid="443"><service name="https" product="VALID"/><state state="open"/></port></ports>
                </host>
            </nmaprun>
            """)
        #expect(summary.records == 2)
        #expect(scan.hosts.first?.address == IPAddress("66.35.250.168"))
        #expect(
            scan.observations.map(\.port) == [Port(number: 80, transport: .tcp), Port(number: 443, transport: .tcp)])
        #expect(scan.observations.map(\.banner) == ["VALID", "VALID"])
    }

    @Test("masscan's Nmap-style XML: one host per port merged, service banners, masscan plugin keys")
    func masscan() throws {
        let (scan, summary) = try NmapLoaderTests.load(
            NmapLoaderTests.document(
                """
                <host endtime="1700000000"><address addr="198.51.100.7" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="80"><state state="open" reason="syn-ack" reason_ttl="54"/></port></ports></host>
                <host endtime="1700000001"><address addr="198.51.100.7" addrtype="ipv4"/><ports>
                <port protocol="tcp" portid="22"><state state="open" reason="response" reason_ttl="54"/>
                <service name="ssh" banner="SSH-2.0-OpenSSH_8.9p1 Ubuntu-3"></service></port></ports>
                <hostscript><script id="vulners" output="CVE-2023-38408"/></hostscript></host>
                """, scanner: "masscan"))
        #expect(summary.records == 2)
        #expect(scan.hosts.count == 1)
        #expect(scan.observations.map(\.host) == [0, 0])
        let ssh = try #require(scan.observations.first { $0.port.number == 22 })
        #expect(ssh.banner == "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3")
        #expect(ssh.bannerRank == 0)
        #expect(scan.findings.map(\.plugin) == [PluginKey(scanner: .masscan, id: "vulners")])
        #expect(scan.plugins.keys.map(\.scanner) == [.masscan])
    }

    @Test("a truncated file fails with its line; an entity declaration is refused whatever the root")
    func failures() throws {
        let full = NmapLoaderTests.document(
            "<host><address addr=\"192.0.2.70\" addrtype=\"ipv4\"/><ports></ports></host>")
        let hostEnd = try #require(full.range(of: "</host>"))
        let cut = String(full[..<hostEnd.upperBound])
        let truncated = try TestFiles.write(cut, name: "cut.xml")
        let (scan, summary) = loadScan(truncated)
        #expect(summary.error?.hasPrefix("\(truncated):") == true)
        #expect(summary.error?.contains("Premature end of data: the file ends inside <nmaprun>") == true)
        #expect(scan.hosts.isEmpty)

        let nmapEntity = try TestFiles.write(
            """
            <?xml version="1.0"?>
            <!DOCTYPE nmaprun [<!ENTITY x SYSTEM "file:///etc/hostname">]>
            <nmaprun scanner="nmap"><host><address addr="&x;"/></host></nmaprun>
            """, name: "xxe.xml")
        let nmapError = try #require(loadScan(nmapEntity).1.error)
        #expect(nmapError.hasPrefix("\(nmapEntity):2:"))
        #expect(nmapError.contains("declares the entity 'x'; entity declarations are refused"))

        let otherEntity = try TestFiles.write(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE external [\n<!ENTITY ee SYSTEM \"file://./simple.xml\">\n]>\n<root>&ee;</root>\n",
            name: "xxe.xml")
        let otherError = try #require(loadScan(otherEntity).1.error)
        #expect(otherError.hasPrefix("\(otherEntity):3:"))
        #expect(otherError.contains("declares the entity 'ee'; entity declarations are refused"))
    }
}
