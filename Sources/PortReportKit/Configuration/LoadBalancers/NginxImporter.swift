/// Reads VIPs and pools from an nginx configuration (`nginx.conf`, or a `conf.d` snippet
/// holding bare `server` and `upstream` blocks).
///
/// - A `server { … }` block that proxies somewhere gives one VIP per address:port of its
///   `listen` directives, at the listen's line: `listen 10.0.0.1:443 ssl;`,
///   `listen [2001:db8::1]:443;`, `listen 10.0.0.1;` (port 80 in `http`; `stream` requires a
///   port), `listen 10.0.0.1:8000-8002;` (at most 64 ports). `udp` (stream) and `quic` (HTTP/3)
///   make the VIP udp, otherwise tcp. A listen without a specific address (`listen 443;`,
///   `*:443`, `[::]:443`), on a unix socket, or naming a host is reported and skipped.
/// - Its pool is the union of its `proxy_pass` targets, in the server block itself (`stream`) or
///   in its `location`s (`http`): `http://NAME` or `NAME` uses the servers of `upstream NAME`;
///   `http(s)://ADDRESS[:PORT][/path]` (port 80 or 443 by scheme) and `ADDRESS:PORT` (stream) are
///   a pool of one. A target held in a variable (`http://$backend`), a host name that is no
///   upstream, or a unix socket is reported and skipped. Pool members use the VIP's transport.
/// - `upstream NAME { server ADDRESS[:PORT] …; }`: port 80 when absent in `http`, required in
///   `stream`; a host name or `unix:` server is reported and skipped. Parameters (`weight=`,
///   `backup`, `down`, …) are not read: every server is a member.
/// - A server block without `proxy_pass` serves files itself and gives no VIP.
///
/// Every other directive is ignored without a word: nginx has hundreds, and only the ones above
/// can change which address a VIP leads to. `include` is the exception: the included file is not
/// read, so each include outside server blocks is noted (except `mime.types`, which holds none).
/// Unbalanced braces are reported with their line, and whatever was read before still counts.
public enum NginxImporter: LoadBalancerImporter {
    /// `nginx`.
    public static let kind = "nginx"

    /// Whether the text has an `upstream NAME {` block, or a `server {` block and a `listen`
    /// directive.
    public static func recognises(_ text: String) -> Bool {
        var hasServer = false
        var hasListen = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count >= 2, words[0] == "upstream", trimmed.contains("{") { return true }
            if trimmed.hasPrefix("server"), trimmed.dropFirst(6).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("{")
            {
                hasServer = true
            }
            if words.first == "listen" { hasListen = true }
        }
        return hasServer && hasListen
    }

    /// Reads the VIPs of every proxying server block with the addresses behind them.
    ///
    /// - Parameter path: names the file in diagnostics.
    public static func read(_ text: String, path: String) -> LoadBalancerImport {
        var builder = LoadBalancerImportBuilder(path: path)
        let (statements, problems) = BraceConfigStatement.parse(text, termination: .semicolon, path: path)
        builder.append(problems)
        let configuration = NginxConfiguration(statements, builder: &builder)
        var upstreams: [String: NginxConfiguration.Upstream] = [:]
        for upstream in configuration.upstreams {
            let key = "\(upstream.context?.rawValue ?? ""):\(upstream.name)"
            if let first = upstreams[key] {
                builder.warn(
                    "upstream '\(upstream.name)' is already defined at line \(first.line); ignored", line: upstream.line
                )
            } else {
                upstreams[key] = upstream
            }
        }
        for server in configuration.servers where !server.proxyPasses.isEmpty {
            // An upstream of the server's own context, else one outside http and stream.
            let lookup = { (name: Substring) in upstreams["\(server.context.rawValue):\(name)"] ?? upstreams[":\(name)"]
            }
            var members: [NginxConfiguration.Member] = []
            for pass in server.proxyPasses {
                members += targets(of: pass, context: server.context, upstream: lookup, builder: &builder)
            }
            if !server.hasListen {
                builder.warn(
                    "server block proxies but has no listen; nginx's default *:80 cannot be traced to a VIP",
                    line: server.line)
            } else if members.isEmpty, !server.listens.isEmpty {
                builder.warn(
                    "server block proxies to nothing that can be traced to an address; its listens are skipped",
                    line: server.line)
            } else {
                for listen in server.listens {
                    for vip in listen.vips {
                        let pool = members.map {
                            Endpoint(address: $0.address, port: Port(number: $0.port, transport: vip.port.transport))
                        }
                        builder.add(vip: vip, pool: pool, line: listen.line)
                    }
                }
            }
        }
        return builder.build()
    }

    /// The members one `proxy_pass` leads to.
    private static func targets(
        of pass: NginxConfiguration.ProxyPass, context: NginxConfiguration.Context,
        upstream: (Substring) -> NginxConfiguration.Upstream?, builder: inout LoadBalancerImportBuilder
    ) -> [NginxConfiguration.Member] {
        var rest = Substring(pass.target)
        var defaultPort: Int?
        if let scheme = rest.firstRange(of: "://") {
            switch rest[..<scheme.lowerBound].lowercased() {
            case "http": defaultPort = 80
            case "https": defaultPort = 443
            default:
                builder.warn("proxy_pass scheme not understood: '\(pass.target)'", line: pass.line)
                return []
            }
            rest = rest[scheme.upperBound...]
            let hostEnd = rest.hasPrefix("[") ? rest.firstIndex(of: "]") ?? rest.startIndex : rest.startIndex
            if let slash = rest[hostEnd...].firstIndex(of: "/") { rest = rest[..<slash] }
        } else if context == .http {
            builder.warn(
                "proxy_pass target not understood, expected http:// or https://: '\(pass.target)'", line: pass.line)
            return []
        }
        if let dollar = rest.firstIndex(of: "$") {
            // `http://backend$request_uri` still names the upstream `backend`; a host that is
            // itself a variable is only known at run time.
            let literal = rest[..<dollar]
            let (host, _) = LoadBalancerAddressText.split(literal, lastColonSeparatesPort: false)
            guard !literal.isEmpty, upstream(host) != nil || LoadBalancerAddressText.address(host) != nil else {
                builder.warn("proxy_pass to a variable cannot be traced: '\(pass.target)'", line: pass.line)
                return []
            }
            rest = literal
        }
        if rest.hasPrefix("unix:") {
            builder.warn("proxy_pass to a unix socket cannot be traced: '\(pass.target)'", line: pass.line)
            return []
        }
        let (host, portText) = LoadBalancerAddressText.split(rest, lastColonSeparatesPort: false)
        if let named = upstream(host) { return named.members }
        guard let address = LoadBalancerAddressText.address(host) else {
            builder.warn(
                "proxy_pass names host '\(host)', which is neither an upstream nor an address; skipped", line: pass.line
            )
            return []
        }
        guard let port = portText.map({ Int($0) ?? 0 }) ?? defaultPort else {
            builder.warn("proxy_pass has no port, which stream requires: '\(pass.target)'", line: pass.line)
            return []
        }
        // A port text that is no number reads as 0 above, and is reported here.
        guard (1...65535).contains(port) else {
            builder.warn("proxy_pass port is not a number from 1 to 65535: '\(pass.target)'", line: pass.line)
            return []
        }
        return [NginxConfiguration.Member(address: address, port: port)]
    }
}
