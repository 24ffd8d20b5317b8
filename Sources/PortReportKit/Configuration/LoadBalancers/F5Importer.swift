/// Reads VIPs and pools from an F5 BIG-IP configuration in TMSH syntax (`bigip.conf`, or the
/// output of `tmsh list ltm`).
///
/// - Each `ltm virtual NAME { … }` is a VIP, at the line of its `destination`:
///   `destination /Common/203.0.113.10:443`, IPv6 with a dot before the port
///   (`/Common/2001:db8::10.443`), a route domain suffix dropped (`/Common/10.0.0.1%2:443`), a
///   service name for common ports (`:https`), or the name of an `ltm virtual-address`. A
///   wildcard address (`any`, `0.0.0.0`) or port (`any`, `0`) cannot be traced and is reported.
/// - `ip-protocol tcp|udp|sctp` gives the transport; tcp when absent, reported and skipped for
///   any other value.
/// - `pool NAME` names an `ltm pool`, whose `members { NAME:PORT { address ADDRESS } }` are the
///   pool. A member's address is its own `address` property, else that of the `ltm node` its
///   name starts with (`/Common/web-02:8443` → `ltm node /Common/web-02`), else its name if that
///   is an address; a member with none of these is reported and skipped. A member on port `any`
///   is reached on the VIP's port; members use the VIP's transport.
/// - A virtual without a pool (or `pool none`), or naming a pool that is not defined, is
///   reported and skipped: a pool chosen by an iRule or policy cannot be traced.
///
/// Every other object (`ltm monitor`, `ltm profile`, `ltm rule`, `sys …`, `net …`) is skipped
/// whole, braces and all. Unbalanced braces are reported with their line.
public enum F5Importer: LoadBalancerImporter {
    /// `f5`.
    public static let kind = "f5"

    /// Whether some line starts an `ltm virtual` or `ltm pool` object.
    public static func recognises(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.hasPrefix("ltm virtual ") || trimmed.hasPrefix("ltm pool ")
        }
    }

    /// Reads every `ltm virtual` with the members of its pool.
    ///
    /// - Parameter path: names the file in diagnostics.
    public static func read(_ text: String, path: String) -> LoadBalancerImport {
        var builder = LoadBalancerImportBuilder(path: path)
        let (statements, problems) = BraceConfigStatement.parse(text, termination: .newline, path: path)
        builder.append(problems)
        let configuration = F5Configuration(statements)
        for virtual in configuration.virtuals {
            guard let destination = virtual.destination else {
                builder.warn("virtual '\(virtual.name)' has no destination; skipped", line: virtual.line)
                continue
            }
            guard let vipAddressPort = vip(destination, in: configuration, builder: &builder) else { continue }
            var transport = Transport.tcp
            if let ipProtocol = virtual.ipProtocol {
                guard let named = Transport(text: ipProtocol.text), named != .icmp else {
                    builder.warn(
                        "virtual '\(virtual.name)' has ip-protocol '\(ipProtocol.text)', which is not one transport; skipped",
                        line: ipProtocol.line)
                    continue
                }
                transport = named
            }
            let vip = Endpoint(
                address: vipAddressPort.address, port: Port(number: vipAddressPort.port, transport: transport))
            guard let poolName = virtual.pool, poolName.text != "none" else {
                builder.warn("virtual '\(virtual.name)' has no pool; skipped", line: virtual.line)
                continue
            }
            guard let pool = configuration.pools[F5Configuration.fullPath(poolName.text)] else {
                builder.warn(
                    "virtual '\(virtual.name)' uses pool '\(poolName.text)', which is not defined; skipped",
                    line: poolName.line)
                continue
            }
            let members = pool.members.compactMap {
                member(pool: pool.name, $0, behind: vip, in: configuration, builder: &builder)
            }
            if members.isEmpty {
                builder.warn(
                    "pool '\(pool.name)' has no member that can be traced to an address; virtual '\(virtual.name)' is skipped",
                    line: virtual.line)
            } else {
                builder.add(vip: vip, pool: members, line: destination.line)
            }
        }
        return builder.build()
    }

    /// The address and port of a `destination`.
    private static func vip(
        _ destination: F5Configuration.Token, in configuration: F5Configuration,
        builder: inout LoadBalancerImportBuilder
    ) -> (address: IPAddress, port: Int)? {
        let text = destination.text
        guard let parts = split(text) else {
            builder.warn("destination not understood: '\(text)'", line: destination.line)
            return nil
        }
        if ["any", "any6"].contains(parts.host) || LoadBalancerAddressText.isWildcard(parts.host) {
            builder.warn(
                "destination without a specific address cannot be traced to a VIP: '\(text)'", line: destination.line)
            return nil
        }
        let named = configuration.virtualAddresses[F5Configuration.fullPath(parts.folder + parts.host)]
        guard let address = LoadBalancerAddressText.address(parts.host) ?? named.flatMap({ IPAddress($0) }) else {
            builder.warn(
                "destination names neither an address nor a virtual-address: '\(text)'", line: destination.line)
            return nil
        }
        if parts.port == "any" || parts.port == "0" {
            builder.warn(
                "destination without a specific port cannot be traced to a VIP: '\(text)'", line: destination.line)
            return nil
        }
        guard let port = port(parts.port) else {
            builder.warn("destination port not understood: '\(text)'", line: destination.line)
            return nil
        }
        return (address, port)
    }

    /// One pool member as reached through `vip`.
    private static func member(
        pool: String, _ member: F5Configuration.Member, behind vip: Endpoint, in configuration: F5Configuration,
        builder: inout LoadBalancerImportBuilder
    ) -> Endpoint? {
        guard let parts = split(member.name) else {
            builder.warn("pool '\(pool)' member name not understood: '\(member.name)'", line: member.line)
            return nil
        }
        let node = configuration.nodes[F5Configuration.fullPath(parts.folder + parts.host)]
        // Its own address first, then its node's, then its name: the first that is an address.
        let candidates = [member.address, node, String(parts.host)].compactMap { $0 }
        guard let address = candidates.lazy.compactMap({ IPAddress($0) }).first else {
            builder.warn(
                "pool '\(pool)' member '\(member.name)' has no address of its own, from an ltm node or in its name; skipped",
                line: member.line)
            return nil
        }
        let number: Int
        if parts.port == "any" || parts.port == "0" {
            number = vip.port.number
        } else if let named = port(parts.port) {
            number = named
        } else {
            builder.warn("pool '\(pool)' member port not understood: '\(member.name)'", line: member.line)
            return nil
        }
        return Endpoint(address: address, port: Port(number: number, transport: vip.port.transport))
    }

    /// Splits `/Folder/ADDRESS:PORT`, or `/Folder/IPV6.PORT` (TMSH separates an IPv6 address's port
    /// with a dot); a route domain suffix (`%2`) is dropped from the address.
    private static func split(_ text: String) -> (folder: String, host: Substring, port: Substring)? {
        let name = text.lastIndex(of: "/").map { text[text.index(after: $0)...] } ?? text[...]
        let folder = String(text[..<name.startIndex])
        let separator: Character = name.filter { $0 == ":" }.count == 1 ? ":" : "."
        guard let index = name.lastIndex(of: separator) else { return nil }
        let host = name[..<index].prefix { $0 != "%" }
        let port = name[name.index(after: index)...]
        guard !host.isEmpty, !port.isEmpty else { return nil }
        return (folder, host, port)
    }

    /// A port number, or the service name TMSH writes for a well-known port; `nil` for `any`,
    /// `0` and anything else.
    private static func port(_ text: Substring) -> Int? {
        if let number = Int(text) { return (1...65535).contains(number) ? number : nil }
        return serviceNames[String(text)]
    }

    /// The service names TMSH shows instead of a port number (BIG-IP's `/etc/services`).
    private static let serviceNames: [String: Int] = [
        "ftp": 21, "ssh": 22, "telnet": 23, "smtp": 25, "domain": 53, "http": 80, "pop3": 110, "ntp": 123,
        "imap": 143, "snmp": 161, "ldap": 389, "https": 443, "smtps": 465, "submission": 587, "ldaps": 636,
        "imaps": 993, "pop3s": 995, "ms-sql-s": 1433, "ncube-lm": 1521, "radius": 1812, "mysql": 3306,
        "ms-wbt-server": 3389, "sip": 5060, "postgresql": 5432, "webcache": 8080, "pcsync-https": 8443,
    ]
}
