/// Reads VIPs and pools from an HAProxy configuration (`haproxy.cfg`).
///
/// - Each `bind ADDRESS:PORT` of a `frontend` or `listen` section is a VIP, at the bind's line.
///   A bind may list several addresses (`bind 10.0.0.1:80,10.0.0.2:80`), a port range of at most
///   64 ports (`10.0.0.1:8000-8002`, one VIP per port), bracketed IPv6 (`[2001:db8::1]:443`) or
///   an `ipv4@`/`ipv6@` prefix (`ipv6@2001:db8::1:443`, the last colon starting the port). A bind
///   with no address (`:443`, `*:443`, `:::443`) cannot be traced and is reported. The old form
///   `listen NAME ADDRESS:PORT` binds on the section line.
/// - The pool is every server of every backend the section can use: each `use_backend` (its
///   condition is not evaluated) and the `default_backend`, taken from the `defaults` section in
///   force when the section has none; a `listen` section adds its own servers first.
/// - `server NAME ADDRESS[:PORT]`: without a port, the server is reached on the bind's port; with
///   `+N`/`-N`, on the bind's port plus N. A host name (resolved only at run time) and
///   `server-template` are reported and skipped.
/// - The transport is tcp whatever the `mode` (http runs over tcp), udp for `quic4@`/`udp@` binds;
///   pool members use the VIP's transport.
///
/// Reported, each with its line: a frontend with binds and no backend, a backend name that is
/// not defined, a backend name computed at run time (`%[…]`), and every line of a proxy section
/// that is neither one of the above nor a known directive that cannot change the pool
/// (`option`, `timeout`, `acl`, `http-request`, …), as "not understood". `global` and other
/// non-proxy sections are skipped whole.
public enum HAProxyImporter: LoadBalancerImporter {
    /// `haproxy`.
    public static let kind = "haproxy"

    /// Whether some line opens a `frontend`, `backend` or `listen` section: that keyword and a
    /// name, with no `{` or `;` before any comment (which would make it an nginx `listen`).
    public static func recognises(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            let code = line.prefix { $0 != "#" }
            let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 2, ["frontend", "backend", "listen"].contains(words[0]) else { return false }
            return !code.contains("{") && !code.contains(";")
        }
    }

    /// Reads the VIPs of every `frontend` and `listen` section with the servers behind them.
    ///
    /// - Parameter path: names the file in diagnostics.
    public static func read(_ text: String, path: String) -> LoadBalancerImport {
        var builder = LoadBalancerImportBuilder(path: path)
        let sections = HAProxyConfigReader.sections(of: text, builder: &builder)
        var backends: [String: HAProxySection] = [:]
        for section in sections where section.kind == .backend || section.kind == .listen {
            if let first = backends[section.name] {
                builder.warn(
                    "\(section.label) repeats the name of the \(first.kind.rawValue) at line \(first.line); ignored",
                    line: section.line)
            } else {
                backends[section.name] = section
            }
        }
        var latestDefaults: HAProxySection?
        var namedDefaults: [String: HAProxySection] = [:]
        for section in sections {
            switch section.kind {
            case .defaults:
                latestDefaults = section
                if !section.name.isEmpty { namedDefaults[section.name] = section }
            case .backend:
                continue
            case .frontend, .listen:
                var defaults = latestDefaults
                if let name = section.defaultsName {
                    defaults = namedDefaults[name]
                    if defaults == nil {
                        builder.warn(
                            "\(section.label) inherits from defaults '\(name)', which is not defined",
                            line: section.line)
                    }
                }
                addVirtualServers(of: section, defaults: defaults, backends: backends, to: &builder)
            }
        }
        return builder.build()
    }

    private static func addVirtualServers(
        of section: HAProxySection, defaults: HAProxySection?, backends: [String: HAProxySection],
        to builder: inout LoadBalancerImportBuilder
    ) {
        guard !section.binds.isEmpty else { return }
        var references = section.useBackends
        if let fallback = section.defaultBackend ?? defaults?.defaultBackend { references.append(fallback) }
        if references.isEmpty && section.serverLines == 0 {
            let wanted =
                section.kind == .listen ? "server, default_backend or use_backend" : "default_backend or use_backend"
            builder.warn("\(section.label) has binds but no \(wanted); its binds are skipped", line: section.line)
            return
        }
        var servers = section.kind == .listen ? section.servers : []
        for reference in references {
            guard let backend = backends[reference.name] else {
                builder.warn(
                    "\(reference.directive) names backend '\(reference.name)', which is not defined",
                    line: reference.line)
                continue
            }
            servers += backend.servers
        }
        for bind in section.binds {
            var pool: [Endpoint] = []
            for server in servers {
                guard let member = server.endpoint(behind: bind.vip) else {
                    builder.warn(
                        "server port offset leads outside 1-65535 behind \(bind.vip); skipped", line: server.line)
                    continue
                }
                pool.append(member)
            }
            if pool.isEmpty {
                builder.warn("no server behind \(bind.vip) can be traced to an address; skipped", line: bind.line)
            } else {
                builder.add(vip: bind.vip, pool: pool, line: bind.line)
            }
        }
    }
}
