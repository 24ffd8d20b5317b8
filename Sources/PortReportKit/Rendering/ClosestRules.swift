/// For an asset no rule matched, the CIDR rules nearest to its addresses: a hint for whoever
/// writes the missing rule.
struct ClosestRules {
    /// The CIDR rules, with their network addresses and lines apart: the search reads those for
    /// every rule and every unassigned asset, and each look at a whole rule retained its strings.
    private let rules: [OwnershipRule]
    private let networks: [IPAddress]
    private let lines: [Int]

    init(rules: [OwnershipRule]) {
        var kept: [OwnershipRule] = []
        var networks: [IPAddress] = []
        for rule in rules {
            guard case .cidr(let cidr) = rule.matcher else { continue }
            kept.append(rule)
            networks.append(cidr.network)
        }
        self.rules = kept
        self.networks = networks
        lines = kept.map(\.line)
    }

    /// Up to three rules whose networks share the longest leading bits with one of the
    /// asset's addresses, e.g. `cidr: 10.20.0.0/16 (team payments, line 12)`.
    func suggestions(for asset: Asset) -> [String] {
        // The best three kept as we go (most bits, then earliest line; one entry per rule): a full
        // sort of every rule for every unassigned asset was a tenth of rendering a large site.
        var best: [(bits: Int, rule: Int)] = []
        for address in asset.addresses {
            for index in networks.indices where networks[index].isIPv4 == address.isIPv4 {
                let bits = ClosestRules.commonBits(address, networks[index])
                let line = lines[index]
                // Most rules fall short of the third best: no look through the list for them (a
                // rule whose line is already listed has at least the third's bits there).
                if best.count == 3 && (bits < best[2].bits || (bits == best[2].bits && line > lines[best[2].rule])) {
                    continue
                }
                if let same = best.firstIndex(where: { lines[$0.rule] == line }) {
                    guard bits > best[same].bits else { continue }
                    best.remove(at: same)
                }
                let position =
                    best.firstIndex { bits != $0.bits ? bits > $0.bits : line < lines[$0.rule] } ?? best.count
                guard position < 3 else { continue }
                best.insert((bits, index), at: position)
                if best.count > 3 { best.removeLast() }
            }
        }
        return best.map { entry in
            let rule = rules[entry.rule]
            return "\(rule.text) (team \(rule.team), line \(rule.line))"
        }
    }

    /// How many leading bits two addresses of one family share: the length of the longest
    /// prefix both fall in.
    static func commonBits(_ lhs: IPAddress, _ rhs: IPAddress) -> Int {
        if lhs.isIPv4 {
            // IPv4 sits in the low 32 bits of `low`.
            return min(32, (lhs.low ^ rhs.low).leadingZeroBitCount - 32)
        }
        let high = (lhs.high ^ rhs.high).leadingZeroBitCount
        return high < 64 ? high : 64 + (lhs.low ^ rhs.low).leadingZeroBitCount
    }
}
