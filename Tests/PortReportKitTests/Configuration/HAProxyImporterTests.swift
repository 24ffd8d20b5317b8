import Testing

@testable import PortReportKit

@Suite("HAProxy importer")
struct HAProxyImporterTests {
    @Test("frontends: several binds, use_backend before default_backend, defaults, servers without a port")
    func frontends() {
        let text = """
            # edge haproxy
            global
                log /dev/log local0
                maxconn 4096

            defaults
                mode http
                timeout connect 5s
                default_backend fallback

            frontend www
                bind 203.0.113.10:443 ssl crt /etc/haproxy/site.pem
                bind 203.0.113.11:80,203.0.113.12:80
                bind *:8080
                acl is_api path_beg /api
                use_backend api if is_api
                default_backend web
                http-request set-header X-Forwarded-Proto https

            frontend legacy
                bind 203.0.113.20:8000-8001

            backend web
                balance roundrobin
                server web1 10.30.0.7:8443 check
                server web2 10.30.0.8:8443 check

            backend api
                server api1 10.30.1.5 check
                server api2 api2.internal.example.com:9000 check
                frobnicate on

            backend fallback
                server sorry 10.30.9.9:80
            """
        let result = HAProxyImporter.read(text, path: "lb/haproxy.cfg")
        #expect(
            result.summary == [
                "203.0.113.10:443/tcp (12) -> 10.30.1.5:443/tcp, 10.30.0.7:8443/tcp, 10.30.0.8:8443/tcp",
                "203.0.113.11:80/tcp (13) -> 10.30.1.5:80/tcp, 10.30.0.7:8443/tcp, 10.30.0.8:8443/tcp",
                "203.0.113.12:80/tcp (13) -> 10.30.1.5:80/tcp, 10.30.0.7:8443/tcp, 10.30.0.8:8443/tcp",
                "203.0.113.20:8000/tcp (21) -> 10.30.9.9:80/tcp",
                "203.0.113.20:8001/tcp (21) -> 10.30.9.9:80/tcp",
            ])
        #expect(
            result.problems == [
                "14: bind without an address cannot be traced to a VIP: '*:8080'",
                "30: server 'api2' names host 'api2.internal.example.com', not an address; skipped",
                "31: not understood in backend 'api': 'frobnicate on'",
            ])
        #expect(result.diagnostics.allSatisfy { $0.path == "lb/haproxy.cfg" && $0.severity == .warning })
    }

    @Test("listen sections: their own servers, IPv6 binds and servers, the old address on the section line")
    func listenSections() {
        let text = """
            listen db
                bind [2001:db8::10]:5432
                bind ipv6@2001:db8::11:5432
                mode tcp
                option tcplog
                server pg1 [2001:db8:1::7]:5432 check
                server pg2 [2001:db8:1::8] check
            listen stats 192.0.2.1:8404
                stats enable
            listen mirror 192.0.2.2:8080
                server m1 10.50.0.1:80
            """
        let result = HAProxyImporter.read(text, path: "h.cfg")
        #expect(
            result.summary == [
                "[2001:db8::10]:5432/tcp (2) -> [2001:db8:1::7]:5432/tcp, [2001:db8:1::8]:5432/tcp",
                "[2001:db8::11]:5432/tcp (3) -> [2001:db8:1::7]:5432/tcp, [2001:db8:1::8]:5432/tcp",
                "192.0.2.2:8080/tcp (10) -> 10.50.0.1:80/tcp",
            ])
        #expect(
            result.problems == [
                "8: listen 'stats' has binds but no server, default_backend or use_backend; its binds are skipped"
            ])
    }

    @Test("QUIC binds are udp; a port offset is added to the bind's port")
    func quicAndOffsets() {
        let text = """
            frontend h3
                bind quic4@203.0.113.30:443
                bind 203.0.113.30:443
                default_backend shifted
            backend shifted
                server s1 10.40.0.1:+1000
            """
        let result = HAProxyImporter.read(text, path: "h.cfg")
        #expect(
            result.summary == [
                "203.0.113.30:443/udp (2) -> 10.40.0.1:1443/udp",
                "203.0.113.30:443/tcp (3) -> 10.40.0.1:1443/tcp",
            ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("missing and undefined backends, run-time names, templates and servers without an address are reported")
    func missingBackends() {
        let text = """
            frontend orphan
                bind 198.51.100.1:443
            frontend broken
                bind 198.51.100.2:443
                use_backend ghost if { path_beg /x }
                default_backend %[req.hdr(host),lower]
            backend templ
                server-template web 1-3 web.example.com:80 check
                server nowhere
            """
        let result = HAProxyImporter.read(text, path: "h.cfg")
        #expect(result.virtualServers.isEmpty)
        #expect(
            result.problems == [
                "1: frontend 'orphan' has binds but no default_backend or use_backend; its binds are skipped",
                "4: no server behind 198.51.100.2:443/tcp can be traced to an address; skipped",
                "5: use_backend names backend 'ghost', which is not defined",
                "6: default_backend with a backend name computed at run time cannot be traced: '%[req.hdr(host),lower]'",
                "8: server-template creates servers from DNS names at run time, which cannot be traced: 'server-template web 1-3 web.example.com:80 check'",
                "9: server 'nowhere' has no address; skipped",
            ])
    }

    @Test("a port range wider than 64 ports and unknown lines outside sections are reported")
    func rangesAndStrayLines() {
        let text = """
            frobnicate
            frontend wide
                bind 192.0.2.9:10000-10100
                default_backend b
            backend b
                server s 10.0.0.1
            """
        let result = HAProxyImporter.read(text, path: "h.cfg")
        #expect(result.virtualServers.isEmpty)
        #expect(
            result.problems == [
                "1: not understood outside a section: 'frobnicate'",
                "3: bind port range spans 101 ports, more than 64; skipped: '192.0.2.9:10000-10100'",
            ])
    }

    @Test("recognises HAProxy sections, not nginx listen directives")
    func recognition() {
        #expect(HAProxyImporter.recognises("global\n\nfrontend www\n  bind 10.0.0.1:80\n"))
        #expect(!HAProxyImporter.recognises("server {\n    listen 10.0.0.1:80;\n}\n"))
        #expect(!HAProxyImporter.recognises("ltm virtual /Common/v {\n}\n"))
    }
}
