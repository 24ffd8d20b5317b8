import Testing

@testable import PortReportKit

@Suite("nginx importer")
struct NginxImporterTests {
    @Test("http: several listens, proxy_pass to an upstream, to an address and to a variable")
    func http() {
        let text = """
            user nginx;
            events { worker_connections 1024; }
            http {
                include mime.types;
                upstream app {
                    server 10.30.0.7:8443 weight=2;
                    server 10.30.0.8:8443 backup;
                    server app3.internal.example.com:8443;
                    server unix:/run/app.sock;
                }
                upstream plain { server 10.30.2.1; }
                server {
                    listen 203.0.113.10:443 ssl http2;
                    listen [2001:db8::10]:443 ssl;
                    listen 443 ssl;
                    listen [::]:443 ssl;
                    server_name www.example.com;
                    location / { proxy_pass http://app; }
                    location /static/ { proxy_pass http://10.30.5.5:8080/static/; }
                    location /dyn/ { proxy_pass http://$dyn_backend; }
                }
                server {
                    listen 203.0.113.11;
                    location / { proxy_pass http://plain$request_uri; }
                }
                server {
                    listen 203.0.113.12:80;
                    root /var/www;
                }
            }
            """
        let result = NginxImporter.read(text, path: "lb/nginx.conf")
        #expect(
            result.summary == [
                "203.0.113.10:443/tcp (13) -> 10.30.0.7:8443/tcp, 10.30.0.8:8443/tcp, 10.30.5.5:8080/tcp",
                "[2001:db8::10]:443/tcp (14) -> 10.30.0.7:8443/tcp, 10.30.0.8:8443/tcp, 10.30.5.5:8080/tcp",
                "203.0.113.11:80/tcp (23) -> 10.30.2.1:80/tcp",
            ])
        #expect(
            result.problems == [
                "8: upstream 'app' server names host 'app3.internal.example.com', not an address; skipped",
                "9: upstream 'app' server on a unix socket cannot be traced: 'unix:/run/app.sock'",
                "15: listen without an address cannot be traced to a VIP: '443'",
                "16: listen without an address cannot be traced to a VIP: '[::]:443'",
                "20: proxy_pass to a variable cannot be traced: 'http://$dyn_backend'",
            ])
        #expect(result.diagnostics.allSatisfy { $0.path == "lb/nginx.conf" })
    }

    @Test("stream: udp listens, upstream servers need a port, literal and variable proxy_pass")
    func stream() {
        let text = """
            stream {
                upstream dns {
                    server 10.53.0.1:53;
                    server 10.53.0.2;
                }
                server {
                    listen 203.0.113.53:53 udp;
                    listen 203.0.113.53:53;
                    proxy_pass dns;
                }
                server {
                    listen 203.0.113.60:3306;
                    proxy_pass 10.33.0.6:3306;
                }
                server {
                    listen 203.0.113.61:5000-5001;
                    proxy_pass $upstream_choice;
                }
            }
            """
        let result = NginxImporter.read(text, path: "stream.conf")
        #expect(
            result.summary == [
                "203.0.113.53:53/udp (7) -> 10.53.0.1:53/udp",
                "203.0.113.53:53/tcp (8) -> 10.53.0.1:53/tcp",
                "203.0.113.60:3306/tcp (12) -> 10.33.0.6:3306/tcp",
            ])
        #expect(
            result.problems == [
                "4: upstream 'dns' server has no port, which stream requires; skipped: '10.53.0.2'",
                "15: server block proxies to nothing that can be traced to an address; its listens are skipped",
                "17: proxy_pass to a variable cannot be traced: '$upstream_choice'",
            ])
    }

    @Test("unbalanced braces are reported with their line; what was read still counts")
    func unbalancedBraces() {
        let text = """
            http {
                server {
                    listen 198.51.100.7:80;
                    location / { proxy_pass http://10.9.9.9:8080; }
                }
                }
            }
            server {
                listen 198.51.100.8:80;
                location / { proxy_pass http://10.9.9.10:8080;
            }
            """
        let result = NginxImporter.read(text, path: "n.conf")
        #expect(
            result.summary == [
                "198.51.100.7:80/tcp (3) -> 10.9.9.9:8080/tcp",
                "198.51.100.8:80/tcp (9) -> 10.9.9.10:8080/tcp",
            ])
        #expect(
            result.problems == [
                "7: '}' closes no open block; ignored",
                "8: 'server' block opened here is never closed: the file ends inside it",
            ])
    }

    @Test("a conf.d snippet: bare upstream and server blocks, an include noted, name-based hosts merged")
    func snippet() {
        let text = """
            include /etc/nginx/conf.d/*.conf;
            upstream api { server 10.70.0.1:9000; }
            server {
                listen 192.0.2.70:80;
                server_name api.example.com;
                location /api/ { proxy_pass http://api/; }
            }
            server {
                listen 192.0.2.70:80;
                server_name www.example.com;
                location / { proxy_pass https://[2001:db8:7::1]; }
                location /x { proxy_pass http://backend.example.com:8080; }
            }
            """
        let result = NginxImporter.read(text, path: "n.conf")
        #expect(
            result.summary == [
                "192.0.2.70:80/tcp (4) -> 10.70.0.1:9000/tcp, [2001:db8:7::1]:443/tcp"
            ])
        #expect(
            result.problems == [
                "1: include '/etc/nginx/conf.d/*.conf' is not followed; import the included files too if they hold server or upstream blocks",
                "12: proxy_pass names host 'backend.example.com', which is neither an upstream nor an address; skipped",
            ])
        #expect(result.diagnostics.first?.severity == .note)
    }

    @Test("recognises upstream blocks, and server blocks with listen")
    func recognition() {
        #expect(NginxImporter.recognises("upstream app {\n  server 10.0.0.1;\n}\n"))
        #expect(NginxImporter.recognises("server {\n  listen 10.0.0.1:80;\n}\n"))
        #expect(!NginxImporter.recognises("frontend www\n  bind 10.0.0.1:80\n"))
        #expect(!NginxImporter.recognises("server {\n  root /srv;\n}\n"))
    }
}
