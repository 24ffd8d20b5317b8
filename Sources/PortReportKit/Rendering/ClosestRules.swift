/// For an asset no rule matched, the CIDR rules nearest to its addresses: a hint for whoever
/// writes the missing rule.
struct ClosestRules {
    let networks: [(cidr: CIDR, rule: OwnershipRule)]

    init(rules: [OwnershipRule]) {
        networks = rules.compactMap { rule in
            if case .cidr(let cidr) = rule.matcher { return (cidr, rule) }
            return nil
        }
    }

    /// Up to three rules whose networks share the longest leading bits with one of the
    /// asset's addresses, e.g. `cidr: 10.20.0.0/16 (team payments, line 12)`.
    func suggestions(for asset: Asset) -> [String] {
        // The best three kept as we go (most bits, then earliest line; one entry per rule): a full
        // sort of every rule for every unassigned asset was a tenth of rendering a large site.
        var best: [(bits: Int, rule: OwnershipRule)] = []
        for address in asset.addresses {
            for network in networks where network.cidr.network.isIPv4 == address.isIPv4 {
                let bits = ClosestRules.commonBits(address, network.cidr.network)
                if let same = best.firstIndex(where: { $0.rule.line == network.rule.line }) {
                    guard bits > best[same].bits else { continue }
                    best.remove(at: same)
                }
                let candidate = (bits: bits, rule: network.rule)
                let position =
                    best.firstIndex {
                        candidate.bits != $0.bits ? candidate.bits > $0.bits : candidate.rule.line < $0.rule.line
                    } ?? best.count
                guard position < 3 else { continue }
                best.insert(candidate, at: position)
                if best.count > 3 { best.removeLast() }
            }
        }
        return best.map { "\($0.rule.text) (team \($0.rule.team), line \($0.rule.line))" }
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
