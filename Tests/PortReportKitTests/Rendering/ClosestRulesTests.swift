import Testing

@testable import PortReportKit

@Suite("Closest rules for unassigned systems")
struct ClosestRulesTests {
    static func address(_ text: String) throws -> IPAddress {
        try #require(IPAddress(text))
    }

    @Test(
        "common leading bits of two addresses",
        arguments: [
            ("10.20.1.10", "10.20.0.0", 23), ("10.20.1.10", "10.20.1.10", 32), ("0.0.0.0", "128.0.0.0", 0),
            ("192.168.1.1", "192.168.1.0", 31), ("2001:db8::1", "2001:db8::", 127), ("2001:db8::", "2001:db9::", 31),
            ("::1", "::", 127), ("8000::", "::", 0),
        ])
    func commonBits(left: String, right: String, bits: Int) throws {
        let lhs = try ClosestRulesTests.address(left)
        let rhs = try ClosestRulesTests.address(right)
        #expect(ClosestRules.commonBits(lhs, rhs) == bits)
        #expect(ClosestRules.commonBits(rhs, lhs) == bits)
        // The definition: the longest prefix length at which both fall in one network.
        let longest = (0...lhs.bitWidth).last { lhs.masked(to: $0) == rhs.masked(to: $0) }
        #expect(longest == bits)
    }

    /// The plain definition: every (address, rule) pair scored, sorted by bits then line, one
    /// entry per rule, the first three.
    static func reference(_ rules: [OwnershipRule], _ asset: Asset) -> [String] {
        var scored: [(bits: Int, rule: OwnershipRule)] = []
        for address in asset.addresses {
            for rule in rules {
                guard case .cidr(let cidr) = rule.matcher, cidr.network.isIPv4 == address.isIPv4 else { continue }
                scored.append((ClosestRules.commonBits(address, cidr.network), rule))
            }
        }
        var seen = Set<Int>()
        return scored.sorted { $0.bits != $1.bits ? $0.bits > $1.bits : $0.rule.line < $1.rule.line }
            .filter { seen.insert($0.rule.line).inserted }.prefix(3)
            .map { "\($0.rule.text) (team \($0.rule.team), line \($0.rule.line))" }
    }

    @Test("the best three rules, each once, for systems with one or several addresses")
    func suggestions() throws {
        // Seeded, so that a failure can be replayed.
        var generator = SplitMix64(seed: 20_261_130)
        var rules: [OwnershipRule] = []
        for line in 1...60 {
            let text =
                "10.\(Int.random(in: 0...3, using: &generator)).\(Int.random(in: 0...255, using: &generator)).0/"
                + "\([8, 16, 20, 24].randomElement(using: &generator) ?? 24)"
            let cidr = try #require(CIDR(text))
            rules.append(OwnershipRule(matcher: .cidr(cidr), team: "t\(line % 5)", line: line))
        }
        rules.append(OwnershipRule(matcher: .cidr(try #require(CIDR("2001:db8::/32"))), team: "v6", line: 61))
        let closest = ClosestRules(rules: rules)
        for round in 0..<300 {
            let count = round % 3 + 1
            let addresses =
                try (0..<count).map { _ in
                    try #require(
                        IPAddress(
                            "10.\(Int.random(in: 0...3, using: &generator)).\(Int.random(in: 0...255, using: &generator))."
                                + "\(Int.random(in: 1...254, using: &generator))"))
                } + (round % 7 == 0 ? [try #require(IPAddress("2001:db8::5"))] : [])
            let asset = Asset(
                id: "a", displayName: "a", definition: nil, addresses: addresses, names: [], macAddresses: [],
                operatingSystems: [], hosts: [], mergeEvidence: [])
            let expected = ClosestRulesTests.reference(rules, asset)
            #expect(closest.suggestions(for: asset) == expected)
            #expect(expected.count == 3)
        }
    }
}

/// A small seeded generator (SplitMix64) for reproducible test data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
