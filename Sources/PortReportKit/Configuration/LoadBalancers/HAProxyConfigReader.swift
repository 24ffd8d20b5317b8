/// Reads an HAProxy configuration line by line into its proxy sections, reporting each line it
/// cannot use.
struct HAProxyConfigReader {
    /// Every keyword that starts a section; a section runs until the next one.
    static let sectionKeywords: Set<String> = [
        "global", "defaults", "frontend", "backend", "listen", "userlist", "peers", "resolvers", "mailers",
        "program", "http-errors", "ring", "cache", "fcgi-app", "crt-store", "traces", "log-forward", "acme",
    ]

    /// Proxy-section directives that neither bind a VIP nor name a server, read and dropped
    /// without a word. Generous on purpose: reporting `timeout client` would bury the lines that
    /// matter.
    static let ignoredDirectives: Set<String> = [
        "acl", "backlog", "balance", "bind-process", "block", "capture", "clitimeout", "compression",
        "contimeout", "cookie", "declare", "default", "default-server", "description", "disabled",
        "dynamic-cookie-key", "email-alert", "enabled", "errorfile", "errorfiles", "errorloc", "errorloc302",
        "errorloc303", "error-log-format", "external-check", "filter", "force-persist", "fullconn", "grace",
        "guid", "hash-balance-factor", "hash-key", "hash-type", "http-after-response", "http-check",
        "http-error", "http-request", "http-response", "http-reuse", "http-send-name-header", "id",
        "ignore-persist", "load-server-state-from-file", "log", "log-format", "log-format-sd", "log-steps",
        "log-tag", "max-keep-alive-queue", "max-session-srv-conns", "maxconn", "mode", "monitor",
        "monitor-net", "monitor-uri", "no", "option", "persist", "quic-initial", "rate-limit", "redirect",
        "redisp", "redispatch", "reqadd", "reqallow", "reqdel", "reqdeny", "reqiallow", "reqidel", "reqideny",
        "reqipass", "reqirep", "reqitarpit", "reqpass", "reqrep", "reqtarpit", "retries", "retry-on", "rspadd",
        "rspdel", "rspdeny", "rspidel", "rspideny", "rspirep", "rsprep", "server-state-file-name", "source",
        "srvtimeout", "stats", "stick", "stick-table", "tcp-check", "tcp-request", "tcp-response", "timeout",
        "transparent", "unique-id-format", "unique-id-header", "use-fcgi-app", "use-server",
    ]

    private var builder: LoadBalancerImportBuilder
    private var sections: [HAProxySection] = []
    /// The proxy section being read; `nil` inside `global` and other sections skipped whole.
    private var current: HAProxySection?
    private var seenSection = false

    /// Reads `text`; diagnostics go to `builder`.
    static func sections(of text: String, builder: inout LoadBalancerImportBuilder) -> [HAProxySection] {
        var reader = HAProxyConfigReader(builder: builder)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, line) in lines.enumerated() {
            reader.read(words(of: line), line: offset + 1)
        }
        if let last = reader.current { reader.sections.append(last) }
        builder = reader.builder
        return reader.sections
    }

    /// Splits a line into words as HAProxy does: white space separates; `"…"` (with backslash
    /// escapes) and `'…'` quote; a backslash escapes one character; `#` outside quotes starts a
    /// comment.
    static func words(of line: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
                continue
            }
            switch character {
            case "\\":
                escaped = true
                inWord = true
            case "\"", "'":
                quote = character
                inWord = true
            case "#":
                if inWord { words.append(word) }
                return words
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }

    private mutating func read(_ words: [String], line: Int) {
        guard let keyword = words.first else { return }
        if Self.sectionKeywords.contains(keyword) {
            startSection(words, line: line)
            return
        }
        guard var section = current else {
            if !seenSection {
                builder.warn("not understood outside a section: '\(words.joined(separator: " "))'", line: line)
            }
            return
        }
        if section.accepts(keyword) {
            switch keyword {
            case "bind": bind(words, line: line, into: &section)
            case "server": server(words, line: line, into: &section)
            case "server-template":
                section.serverLines += 1
                builder.warn(
                    "server-template creates servers from DNS names at run time, which cannot be traced: '\(words.joined(separator: " "))'",
                    line: line)
            default: backendReference(words, line: line, into: &section)
            }
        } else if !Self.ignoredDirectives.contains(keyword) {
            builder.warn("not understood in \(section.label): '\(words.joined(separator: " "))'", line: line)
        }
        current = section
    }

    private mutating func startSection(_ words: [String], line: Int) {
        if let finished = current { sections.append(finished) }
        current = nil
        seenSection = true
        guard let kind = HAProxySection.Kind(rawValue: words[0]) else { return }
        var rest = words.dropFirst()
        var name = ""
        if kind == .defaults {
            if let first = rest.first, first != "from" { name = first }
        } else {
            guard let first = rest.first, first != "from" else {
                builder.warn("\(kind.rawValue) without a name; its lines are skipped", line: line)
                return
            }
            name = first
        }
        if !name.isEmpty { rest = rest.dropFirst() }
        var section = HAProxySection(kind: kind, name: name, line: line)
        if rest.first == "from" {
            section.defaultsName = rest.dropFirst().first
            rest = rest.dropFirst(2)
        }
        if !rest.isEmpty {
            // `listen NAME ADDRESS:PORT`: the old form binds on the section line itself.
            if section.accepts("bind") {
                bind(["bind"] + rest, line: line, into: &section)
            } else {
                builder.warn("not understood in \(section.label): '\(words.joined(separator: " "))'", line: line)
            }
        }
        current = section
    }

    private mutating func bind(_ words: [String], line: Int, into section: inout HAProxySection) {
        guard words.count >= 2 else {
            builder.warn("bind without an address cannot be traced to a VIP: 'bind'", line: line)
            return
        }
        for item in words[1].split(separator: ",") {
            for vip in vips(item, line: line) {
                section.binds.append(HAProxySection.Bind(vip: vip, line: line))
            }
        }
    }

    /// The VIPs of one bind address (`10.0.0.1:443`, `ipv6@2001:db8::1:443`, `[2001:db8::1]:443`,
    /// `10.0.0.1:8000-8002`); QUIC and UDP binds are udp, the rest tcp.
    private mutating func vips(_ item: Substring, line: Int) -> [Endpoint] {
        var rest = item
        var transport = Transport.tcp
        if let at = rest.firstIndex(of: "@") {
            switch rest[..<at] {
            case "ipv4", "ipv6", "tcp", "tcp4", "tcp6": transport = .tcp
            case "udp", "udp4", "udp6", "quic", "quic4", "quic6": transport = .udp
            case "unix", "abns", "abnsz", "fd", "sockpair", "uxst", "uxdg":
                builder.warn("bind on a local socket cannot be traced to a VIP: '\(item)'", line: line)
                return []
            default:
                builder.warn("bind address family not understood: '\(item)'", line: line)
                return []
            }
            rest = rest[rest.index(after: at)...]
        }
        if rest.hasPrefix("/") {
            builder.warn("bind on a local socket cannot be traced to a VIP: '\(item)'", line: line)
            return []
        }
        let (host, portText) = LoadBalancerAddressText.split(rest, lastColonSeparatesPort: true)
        if LoadBalancerAddressText.isWildcard(host) {
            builder.warn("bind without an address cannot be traced to a VIP: '\(item)'", line: line)
            return []
        }
        guard let address = LoadBalancerAddressText.address(host) else {
            builder.warn("bind address is not an IP address: '\(item)'", line: line)
            return []
        }
        guard let portText else {
            builder.warn("bind without a port cannot be traced to a VIP: '\(item)'", line: line)
            return []
        }
        switch LoadBalancerAddressText.ports(portText) {
        case .ports(let numbers):
            return numbers.map { Endpoint(address: address, port: Port(number: $0, transport: transport)) }
        case .tooWide(let width):
            builder.warn(
                "bind port range spans \(width) ports, more than \(LoadBalancerAddressText.maximumPortRange); skipped: '\(item)'",
                line: line)
        case .invalid:
            builder.warn("bind port is not a number from 1 to 65535: '\(item)'", line: line)
        }
        return []
    }

    private mutating func server(_ words: [String], line: Int, into section: inout HAProxySection) {
        section.serverLines += 1
        let name = words.count > 1 ? words[1] : ""
        guard words.count >= 3 else {
            builder.warn("server '\(name)' has no address; skipped", line: line)
            return
        }
        var text = Substring(words[2])
        if let at = text.firstIndex(of: "@") {
            let family = text[..<at]
            guard ["ipv4", "ipv6", "tcp", "tcp4", "tcp6"].contains(family) else {
                builder.warn("server '\(name)' at '\(text)' cannot be traced to an address; skipped", line: line)
                return
            }
            text = text[text.index(after: at)...]
        }
        let (host, portText) = LoadBalancerAddressText.split(text, lastColonSeparatesPort: true)
        guard let address = LoadBalancerAddressText.address(host) else {
            builder.warn("server '\(name)' names host '\(host)', not an address; skipped", line: line)
            return
        }
        let rule: HAProxySection.Server.PortRule
        if let portText, portText.hasPrefix("+") || portText.hasPrefix("-"), let offset = Int(portText) {
            rule = .offset(offset)
        } else if let portText, portText != "0" {
            guard let number = Int(portText), (1...65535).contains(number) else {
                builder.warn("server '\(name)' port is not a number from 1 to 65535: '\(words[2])'", line: line)
                return
            }
            rule = .fixed(number)
        } else {
            rule = .sameAsBind
        }
        section.servers.append(HAProxySection.Server(address: address, port: rule, line: line))
    }

    private mutating func backendReference(_ words: [String], line: Int, into section: inout HAProxySection) {
        let directive = words[0]
        guard words.count >= 2 else {
            builder.warn("\(directive) names no backend", line: line)
            return
        }
        if words[1].contains("%[") {
            builder.warn(
                "\(directive) with a backend name computed at run time cannot be traced: '\(words[1])'", line: line)
            return
        }
        let reference = HAProxySection.Reference(directive: directive, name: words[1], line: line)
        if directive == "default_backend" {
            section.defaultBackend = reference
        } else {
            section.useBackends.append(reference)
        }
    }
}
