import Foundation

/// What a scanned host's own record name is: an address, a DNS/NetBIOS name or a URL.
public enum HostNameKind: String, Sendable, Hashable, Codable {
    case address
    case name
    case url
}

/// One host as one input described it, before assets are identified across inputs.
///
/// From Nessus: `ReportHost@name` and the `HostProperties` tags. Several `ScannedHost`s (from
/// several inputs, or one machine scanned under two addresses) may become one `Asset`.
public struct ScannedHost: Sendable, Hashable {
    /// `ReportHost@name` as written: an address, a name or a URL.
    public var reportedName: String
    /// What `reportedName` is.
    public var nameKind: HostNameKind
    /// The host's address: the `host-ip` tag, else `reportedName` (or a URL's host) when it is an
    /// address; `nil` when the scan named the host only by name.
    public var address: IPAddress?
    /// Further addresses the same record gave (Nmap lists IPv4 and IPv6 `<address>`es of one
    /// host); never a MAC.
    public var additionalAddresses: [IPAddress] = []
    /// `host-fqdn` tag, lowercased; for a URL, its host part when that is a name.
    public var fqdn: String?
    /// `netbios-name` tag, uppercased as Windows shows it.
    public var netbiosName: String?
    /// `mac-address` tag: one or more MACs (the tag holds them one per line), lowercased.
    public var macAddresses: [String] = []
    /// `operating-system` tag (first line when Nessus lists several candidates).
    public var operatingSystem: String?
    /// `HOST_START` tag as written (Nessus uses `Tue Nov 24 02:10:11 2026` or ISO 8601).
    public var scanStart: String?
    /// `HOST_END` tag as written.
    public var scanEnd: String?
    /// When the host was scanned, parsed from the format's own date (`HOST_START`, Nmap
    /// `starttime`, OpenVAS `<timestamp>`); orders the same finding from two scans, newest first.
    /// `nil` when the export gives no readable date.
    public var scanTime: Date?
    /// Further names (Nmap `<hostnames>`, Qualys DNS names), lowercased.
    public var otherNames: [String] = []
    /// Index of the input this host came from, in the build's input order.
    public var input: Int

    public init(reportedName: String, input: Int) {
        self.reportedName = reportedName
        self.input = input
        let kind = HostNameKind.classify(reportedName)
        self.nameKind = kind.kind
        self.address = kind.address
        self.fqdn = kind.hostName
    }

    /// Every address of the host: `address` first, then `additionalAddresses`.
    public var addresses: [IPAddress] {
        (address.map { [$0] } ?? []) + additionalAddresses.filter { $0 != address }
    }

    /// Every name the host is known by (FQDN, NetBIOS, a name-kind `reportedName`, other names),
    /// no duplicates.
    public var names: [String] {
        var result: [String] = []
        for name in [fqdn, netbiosName, nameKind == .name ? reportedName.lowercased() : nil]
            + otherNames.map(Optional.some)
        {
            if let name, !name.isEmpty, !result.contains(name) { result.append(name) }
        }
        return result
    }

    /// The text that identifies this host in fingerprints: its address, else its first name.
    public var identity: String {
        address?.description ?? names.first ?? reportedName
    }
}

extension HostNameKind {
    /// Classifies a reported host name and pulls out the address or host name it carries.
    ///
    /// `10.0.0.1` is an address; `https://portal.example.com:8443/path` is a URL whose host is a
    /// name; anything else is a name.
    static func classify(_ text: String) -> (kind: HostNameKind, address: IPAddress?, hostName: String?) {
        let trimmed = text.trimmed
        if let address = IPAddress(trimmed) { return (.address, address, nil) }
        if let schemeEnd = trimmed.range(of: "://") {
            var rest = trimmed[schemeEnd.upperBound...]
            if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
                rest = rest[..<slash]
            }
            if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
            var host = String(rest)
            if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
                host = String(host[host.index(after: host.startIndex)..<close])
            } else if let colon = host.lastIndex(of: ":") {
                host = String(host[..<colon])
            }
            if let address = IPAddress(host) { return (.url, address, nil) }
            return (.url, nil, host.isEmpty ? nil : host.lowercased())
        }
        return (.name, nil, trimmed.isEmpty ? nil : trimmed.lowercased())
    }
}
