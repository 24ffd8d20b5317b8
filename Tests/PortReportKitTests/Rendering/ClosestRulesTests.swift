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
}
