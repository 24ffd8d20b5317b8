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
        var scored: [(bits: Int, rule: OwnershipRule)] = []
        for address in asset.addresses {
            for network in networks where network.cidr.network.isIPv4 == address.isIPv4 {
                scored.append((ClosestRules.commonBits(address, network.cidr.network), network.rule))
            }
        }
        var seen = Set<Int>()
        return scored.sorted { $0.bits != $1.bits ? $0.bits > $1.bits : $0.rule.line < $1.rule.line }
            .filter { seen.insert($0.rule.line).inserted }
            .prefix(3)
            .map { "\($0.rule.text) (team \($0.rule.team), line \($0.rule.line))" }
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
