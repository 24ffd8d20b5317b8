/// One Nmap `<host>` while it is read. Ports and scripts are kept until `</host>` because
/// `<os>` and `<hostscript>` follow them and hand-made files put elements in any order.
struct NmapHostDraft {
    /// `status@state` (`up`, `down`, `unknown`); `nil` without `<status>` (read as up).
    var status: String?
    /// `host@starttime`: Unix seconds.
    var startTime: String?
    /// IPv4 and IPv6 `<address>`es in document order.
    var addresses: [IPAddress] = []
    /// The text of the first IP `<address>` as written, the host's `reportedName`.
    var firstAddressText: String?
    /// MAC `<address>`es, lowercased.
    var macAddresses: [String] = []
    /// `<hostname name type>` pairs in document order.
    var hostnames: [(name: String, type: String?)] = []
    /// The best `<osmatch>` so far: highest `accuracy`, first on a tie.
    var bestOS: (name: String, accuracy: Int)?
    var ports: [NmapPortDraft] = []
    /// `<hostscript>` scripts.
    var scripts: [NmapScriptDraft] = []

    init(attributes: XMLAttributes) {
        startTime = attributes["starttime"]
    }

    /// Files an `<address addr addrtype>`: `ipv4`/`ipv6` are host addresses, `mac` is a MAC and
    /// never the host address; without `addrtype` (hand-made files) the text decides.
    mutating func addAddress(_ text: String?, type: String?) {
        guard let text = LoaderText.nonEmpty(text) else { return }
        switch type?.lowercased() {
        case "mac":
            addMAC(text)
        case "ipv4", "ipv6":
            addIP(text)
        default:
            if IPAddress(text) != nil {
                addIP(text)
            } else if NmapHostDraft.isMAC(text) {
                addMAC(text)
            }
        }
    }

    /// Keeps the `<osmatch>` when its `accuracy` beats the best so far (a missing or unreadable
    /// accuracy counts as 0).
    mutating func addOSMatch(name: String?, accuracy: String?) {
        guard let name = LoaderText.nonEmpty(name) else { return }
        let value = accuracy.flatMap { Int($0.trimmed) } ?? 0
        if let best = bestOS, best.accuracy >= value { return }
        bestOS = (name, value)
    }

    private mutating func addIP(_ text: String) {
        guard let address = IPAddress(text) else { return }
        if !addresses.contains(address) { addresses.append(address) }
        if firstAddressText == nil { firstAddressText = text }
    }

    private mutating func addMAC(_ text: String) {
        let mac = text.lowercased()
        if !macAddresses.contains(mac) { macAddresses.append(mac) }
    }

    /// Six pairs of hex digits separated by `:` or `-`.
    static func isMAC(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "-" })
        return parts.count == 6 && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isHexDigit) }
    }
}
