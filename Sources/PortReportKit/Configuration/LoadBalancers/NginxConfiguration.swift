/// The parts of an nginx configuration that lead from a VIP to servers: `upstream` blocks and
/// `server` blocks, each with the context (`http` or `stream`) it sits in.
struct NginxConfiguration {
    enum Context: String {
        case http
        case stream
    }

    /// An address and port traffic is forwarded to.
    struct Member: Hashable {
        var address: IPAddress
        var port: Int
    }

    /// `upstream NAME { server ADDRESS[:PORT]; … }`.
    struct Upstream {
        var name: String
        /// `nil` for an upstream outside `http` and `stream` (a `conf.d` snippet).
        var context: Context?
        var members: [Member]
        var line: Int
    }

    /// `listen ADDRESS:PORT`: its VIPs (several for a port range) and its line.
    struct Listen {
        var vips: [Endpoint]
        var line: Int
    }

    /// A `proxy_pass` target as written, and its line.
    struct ProxyPass {
        var target: String
        var line: Int
    }

    /// `server { listen …; … proxy_pass …; }`.
    struct ServerBlock {
        var context: Context
        var listens: [Listen]
        /// Whether the block has any `listen`, usable or not.
        var hasListen: Bool
        /// Every `proxy_pass` in the block, its `location`s and their nested blocks.
        var proxyPasses: [ProxyPass]
        var line: Int
    }

    private(set) var upstreams: [Upstream] = []
    private(set) var servers: [ServerBlock] = []

    /// Collects the upstreams and server blocks of `statements` (top level, `http` and
    /// `stream`); listens and upstream servers that cannot be traced are reported to `builder`.
    init(_ statements: [BraceConfigStatement], builder: inout LoadBalancerImportBuilder) {
        collect(statements, context: nil, builder: &builder)
    }

    private mutating func collect(
        _ statements: [BraceConfigStatement], context: Context?, builder: inout LoadBalancerImportBuilder
    ) {
        for statement in statements {
            guard let block = statement.block else {
                if statement.name == "include", let file = statement.arguments.first?.text,
                    !file.hasSuffix("mime.types")
                {
                    // An included file may hold servers this import cannot see; mime.types, in
                    // every stock nginx.conf, holds only a types block.
                    builder.note(
                        "include '\(file)' is not followed; import the included files too if they hold server or upstream blocks",
                        line: statement.line)
                }
                continue
            }
            switch statement.name {
            case "http" where context == nil: collect(block, context: .http, builder: &builder)
            case "stream" where context == nil: collect(block, context: .stream, builder: &builder)
            case "upstream": upstream(statement, block: block, context: context, builder: &builder)
            case "server": server(statement, block: block, context: context, builder: &builder)
            default: continue
            }
        }
    }

    private mutating func upstream(
        _ statement: BraceConfigStatement, block: [BraceConfigStatement], context: Context?,
        builder: inout LoadBalancerImportBuilder
    ) {
        let name = statement.arguments.first?.text ?? ""
        var members: [Member] = []
        for server in block where server.name == "server" {
            guard let target = server.arguments.first?.text else {
                builder.warn("upstream '\(name)' server has no address; skipped", line: server.line)
                continue
            }
            if target.hasPrefix("unix:") {
                builder.warn(
                    "upstream '\(name)' server on a unix socket cannot be traced: '\(target)'", line: server.line)
                continue
            }
            let (host, portText) = LoadBalancerAddressText.split(Substring(target), lastColonSeparatesPort: false)
            guard let address = LoadBalancerAddressText.address(host) else {
                builder.warn(
                    "upstream '\(name)' server names host '\(host)', not an address; skipped", line: server.line)
                continue
            }
            guard let portText else {
                if context == .stream {
                    builder.warn(
                        "upstream '\(name)' server has no port, which stream requires; skipped: '\(target)'",
                        line: server.line)
                } else {
                    members.append(Member(address: address, port: 80))
                }
                continue
            }
            guard let port = Int(portText), (1...65535).contains(port) else {
                builder.warn(
                    "upstream '\(name)' server port is not a number from 1 to 65535: '\(target)'", line: server.line)
                continue
            }
            members.append(Member(address: address, port: port))
        }
        upstreams.append(Upstream(name: name, context: context, members: members, line: statement.line))
    }

    private mutating func server(
        _ statement: BraceConfigStatement, block: [BraceConfigStatement], context: Context?,
        builder: inout LoadBalancerImportBuilder
    ) {
        // A server block outside http and stream (a conf.d snippet) is a stream server when it
        // proxies directly rather than from locations: http allows proxy_pass only in locations.
        let resolved =
            context
            ?? (block.contains { $0.name == "proxy_pass" } && !block.contains { $0.name == "location" }
                ? .stream : .http)
        let listenStatements = block.filter { $0.name == "listen" }
        let listens = listenStatements.compactMap { listen($0, context: resolved, builder: &builder) }
        let proxyPasses = statement.descendants.filter { $0.name == "proxy_pass" }.map {
            ProxyPass(target: $0.arguments.first?.text ?? "", line: $0.line)
        }
        servers.append(
            ServerBlock(
                context: resolved, listens: listens, hasListen: !listenStatements.isEmpty, proxyPasses: proxyPasses,
                line: statement.line))
    }

    /// The VIPs of `listen ADDRESS[:PORT] [udp] [quic] …`; the port defaults to 80 in http.
    private func listen(
        _ statement: BraceConfigStatement, context: Context, builder: inout LoadBalancerImportBuilder
    ) -> Listen? {
        guard let first = statement.arguments.first?.text else {
            builder.warn("listen without an address cannot be traced to a VIP: ''", line: statement.line)
            return nil
        }
        let options = statement.arguments.dropFirst().map(\.text)
        let transport: Transport = options.contains("udp") || options.contains("quic") ? .udp : .tcp
        if first.hasPrefix("unix:") {
            builder.warn("listen on a unix socket cannot be traced to a VIP: '\(first)'", line: statement.line)
            return nil
        }
        let text = Substring(first)
        let portOnly = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }
        let (host, portText) =
            portOnly ? ("", text) : LoadBalancerAddressText.split(text, lastColonSeparatesPort: false)
        if LoadBalancerAddressText.isWildcard(host) {
            builder.warn("listen without an address cannot be traced to a VIP: '\(first)'", line: statement.line)
            return nil
        }
        guard let address = LoadBalancerAddressText.address(host) else {
            builder.warn("listen address is not an IP address: '\(first)'", line: statement.line)
            return nil
        }
        guard let ports = portText ?? (context == .http ? "80" : nil) else {
            builder.warn(
                "listen without a port, which stream requires, cannot be traced to a VIP: '\(first)'",
                line: statement.line)
            return nil
        }
        switch LoadBalancerAddressText.ports(ports) {
        case .ports(let numbers):
            let vips = numbers.map { Endpoint(address: address, port: Port(number: $0, transport: transport)) }
            return Listen(vips: vips, line: statement.line)
        case .tooWide(let width):
            builder.warn(
                "listen port range spans \(width) ports, more than \(LoadBalancerAddressText.maximumPortRange); skipped: '\(first)'",
                line: statement.line)
        case .invalid:
            builder.warn("listen port is not a number from 1 to 65535: '\(first)'", line: statement.line)
        }
        return nil
    }
}
