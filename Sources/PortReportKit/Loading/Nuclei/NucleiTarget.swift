import Foundation

/// What a Nuclei result was aimed at: the host (with the address Nuclei resolved) and the port.
///
/// Nuclei writes the target in `host` as a URL (`https://example.com`), as `name:port`, or as a
/// bare name; `matched-at` (`matched` before v2.5) is where the match happened, often more exact
/// (`example.com:22` for a network template run against `https://example.com`).
struct NucleiTarget {
    /// The scheme, host and port of a URL or `host:port` text.
    struct Authority: Equatable {
        var scheme: String?
        var host: String
        var port: Int?

        /// Reads `https://user@host:8443/path`, `host:22`, `[2001:db8::1]:443`, `2001:db8::1` or
        /// `host`; `nil` when no host is left.
        init?(_ text: String) {
            var rest = Substring(text.trimmed)
            if let separator = rest.range(of: "://") {
                scheme = rest[..<separator.lowerBound].lowercased()
                rest = rest[separator.upperBound...]
            }
            if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
            if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
            if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                let after = rest[rest.index(after: close)...]
                if after.hasPrefix(":") { port = Int(after.dropFirst()) }
                rest = rest[rest.index(after: rest.startIndex)..<close]
            } else if rest.filter({ $0 == ":" }).count == 1, let colon = rest.lastIndex(of: ":") {
                port = Int(rest[rest.index(after: colon)...])
                rest = rest[..<colon]
            }
            guard !rest.isEmpty else { return nil }
            host = rest.lowercased()
        }

        /// The port the scheme implies: 80 for http, 443 for https.
        var defaultPort: Int? {
            switch scheme {
            case "http": 80
            case "https": 443
            default: nil
            }
        }
    }

    /// Protocol types whose results concern a domain rather than a port of the host.
    private static let hostLevelTypes: Set<String> = ["dns", "whois"]

    /// The host the result names, or `nil` when it names none.
    ///
    /// - `reportedName`: `host` as written when it is a URL, else its host part without the
    ///   port; without `host`, `matched-at` / `matched`, then `url`, then `ip`.
    /// - `address`: the host part when it is an address, else `ip` (a trailing dot is ignored);
    ///   when both are addresses and differ, `ip` is a further address.
    /// - `scanTime`: `timestamp`.
    static func host(_ record: JSONValue, input: Int, dates: ExportDateParser) -> ScannedHost? {
        let ip = record["ip"]?.text.flatMap(address)
        let target = ExportText.value(record.first("host", "matched-at", "matched", "url")?.text)
        let reported: String
        if let target, let authority = Authority(target) {
            reported = authority.scheme == nil ? authority.host : target
        } else if let ip {
            reported = ip.description
        } else {
            return nil
        }
        var host = ScannedHost(reportedName: reported, input: input)
        if let ip {
            if host.address == nil {
                host.address = ip
            } else if host.address != ip {
                host.additionalAddresses = [ip]
            }
        }
        host.scanTime = dates.parse(record["timestamp"]?.text)
        return host
    }

    /// The port of the result, or `nil` for a host-level result.
    ///
    /// In order: `dns` and `whois` results are host-level; the `port` key (v3); the port of
    /// `matched-at` / `matched` when it names the same host as `host` (explicit, else 80/443 by
    /// scheme); the port of `host` (explicit, else by scheme); the `scheme` key's default. A bare
    /// host name, or port 0, gives no port. The transport is tcp (udp for a `udp://` target).
    ///
    /// - Returns: `.failure(.badPort)` when a port is written but is not 1–65535.
    static func port(_ record: JSONValue) -> Result<Port?, SkipReason> {
        if let type = record["type"]?.text?.lowercased(), hostLevelTypes.contains(type) { return .success(nil) }
        let target = record.first("host", "url")?.text.flatMap { Authority($0) }
        let matched = record.first("matched-at", "matched")?.text.flatMap { Authority($0) }
        let transport: Transport = (target?.scheme ?? matched?.scheme) == "udp" ? .udp : .tcp
        var number: Int?
        if let written = record["port"], ExportText.value(written.text) != nil {
            guard let value = written.number.flatMap({ Int(exactly: $0) }) else { return .failure(.badPort) }
            number = value
        } else if let matched, target == nil || matched.host == target?.host || matched.host == record["ip"]?.text {
            number = matched.port ?? matched.defaultPort
        }
        if number == nil, let target { number = target.port ?? target.defaultPort }
        if number == nil, let scheme = record["scheme"]?.text?.lowercased() {
            number = Authority("\(scheme)://placeholder")?.defaultPort
        }
        guard let number, number != 0 else { return .success(nil) }
        guard (1...65535).contains(number) else { return .failure(.badPort) }
        return .success(Port(number: number, transport: transport))
    }

    /// An address, ignoring one trailing dot (`10.10.10.10.` appears in real output).
    private static func address(_ text: String) -> IPAddress? {
        let trimmed = text.trimmed
        return IPAddress(trimmed) ?? (trimmed.hasSuffix(".") ? IPAddress(trimmed.dropLast()) : nil)
    }
}
