import Foundation
import Testing

@testable import PortReportKit

/// Foundation has a `Port` too; these tests mean the scanner one.
private typealias Port = PortReportKit.Port

@Suite("Service explanations")
struct ServiceCatalogTests {
    @Test("at least 30 bundled explanations, each port and name in one file only")
    func bundled() throws {
        let catalog = try ServiceCatalog()
        #expect(catalog.explanations.count >= 30)
        var ports: [Port: String] = [:]
        var names: [String: String] = [:]
        for explanation in catalog.explanations.values {
            #expect(!explanation.ports.isEmpty, "\(explanation.slug) names no port")
            #expect(explanation.html.contains("<h3>"), "\(explanation.slug) has no sections")
            for port in explanation.ports {
                #expect(ports[port] == nil, "\(port) is in \(explanation.slug) and \(ports[port] ?? "")")
                ports[port] = explanation.slug
            }
            for name in explanation.names {
                #expect(names[name] == nil, "\(name) is in \(explanation.slug) and \(names[name] ?? "")")
                names[name] = explanation.slug
            }
        }
        for required in [
            "ssh", "telnet", "ftp", "smtp", "dns", "http", "https", "http-alt", "rdp", "smb", "netbios",
            "msrpc", "ldap", "kerberos", "snmp", "ntp", "mssql", "mysql", "postgresql", "oracle", "redis",
            "mongodb", "elasticsearch", "vnc", "winrm", "sip", "rpcbind", "nfs", "docker-api",
            "kubernetes-api", "ipmi",
        ] {
            #expect(catalog.explanations[required] != nil, "missing \(required)")
        }
    }

    @Test("lookup by port first, then by service name; IANA names for the rest")
    func lookup() throws {
        let catalog = try ServiceCatalog()
        #expect(catalog.explanation(for: Port(number: 22, transport: .tcp), serviceName: nil)?.slug == "ssh")
        #expect(catalog.explanation(for: Port(number: 2222, transport: .tcp), serviceName: "ssh")?.slug == "ssh")
        #expect(catalog.explanation(for: Port(number: 161, transport: .udp), serviceName: "www")?.slug == "snmp")
        #expect(catalog.explanation(for: Port(number: 40000, transport: .tcp), serviceName: "unknown") == nil)
        #expect(catalog.ianaName(for: Port(number: 3389, transport: .tcp)) == "ms-wbt-server")
        #expect(catalog.unknown.html.contains("banner"))
    }

    @Test("raw HTML and javascript: links in an explanation are neutralised by libcmark")
    func safeRendering() throws {
        let explanation = try ServiceCatalog.parse(
            """
            ---
            title: Evil
            ports: [443/tcp]
            names: [https]
            ---
            Hello <script>alert(1)</script> world.

            <img src=x onerror=alert(2)>

            [click](javascript:alert(3)) and [ok](https://example.com/)
            """, path: "evil.md", slug: "evil")
        #expect(!explanation.html.contains("<script"))
        #expect(!explanation.html.contains("<img"))
        #expect(!explanation.html.contains("javascript:"))
        #expect(explanation.html.contains("<!-- raw HTML omitted -->"))
        #expect(explanation.html.contains("<a href=\"\">click</a>"))
        #expect(explanation.html.contains("<a href=\"https://example.com/\">ok</a>"))
    }

    @Test("an explanation without front matter is refused with its path")
    func missingFrontMatter() {
        #expect(throws: PortReportError.self) { try ServiceCatalog.parse("# Title\n", path: "x.md", slug: "x") }
    }
}

@Suite("User explanations")
struct UserExplanationTests {
    @Test("a user's file claims its ports and names whatever it is called")
    func userFileWins() throws {
        let folder = try TestFiles.folder()
        try "---\ntitle: Our bastion SSH\nports: [22/tcp]\nnames: [ssh]\n---\nAsk the platform team.\n"
            .write(to: folder.appendingPathComponent("bastion.md"), atomically: true, encoding: .utf8)
        let catalog = try ServiceCatalog(overrides: folder.path)
        #expect(
            catalog.explanation(for: Port(number: 22, transport: .tcp), serviceName: nil)?.title == "Our bastion SSH")
        #expect(catalog.explanation(for: Port(number: 2222, transport: .tcp), serviceName: "ssh")?.slug == "bastion")
        #expect(catalog.explanation(for: Port(number: 443, transport: .tcp), serviceName: nil)?.slug == "https")
    }
}
