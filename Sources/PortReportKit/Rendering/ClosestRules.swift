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

    static func commonBits(_ lhs: IPAddress, _ rhs: IPAddress) -> Int {
        let width = lhs.bitWidth
        for length in stride(from: width, through: 0, by: -1) where lhs.masked(to: length) == rhs.masked(to: length) {
            return length
        }
        return 0
    }
}
