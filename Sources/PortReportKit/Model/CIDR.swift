/// A network written as `address/prefix` (`10.20.0.0/16`, `2001:db8::/32`).
public struct CIDR: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The network address, with host bits cleared.
    public let network: IPAddress
    /// Number of leading bits that must match: 0…32 for IPv4, 0…128 for IPv6.
    public let prefixLength: Int

    /// Parses `10.20.0.0/16`; a bare address is a /32 (or /128).
    ///
    /// Host bits set in the address (`10.20.1.0/16`) are cleared rather than refused: the intent
    /// is plain. Returns `nil` for text that is not an address or a prefix out of range.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress(parts[0]) else { return nil }
        var length = address.bitWidth
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), (0...address.bitWidth).contains(parsed) else { return nil }
            length = parsed
        }
        self.init(network: address, prefixLength: length)
    }

    public init(network: IPAddress, prefixLength: Int) {
        self.network = network.masked(to: prefixLength)
        self.prefixLength = prefixLength
    }

    /// Whether `address` lies in this network (an IPv4 address is never in an IPv6 network).
    public func contains(_ address: IPAddress) -> Bool {
        address.isIPv4 == network.isIPv4 && address.masked(to: prefixLength) == network
    }

    public var description: String { "\(network)/\(prefixLength)" }

    public static func < (lhs: CIDR, rhs: CIDR) -> Bool {
        (lhs.network, lhs.prefixLength) < (rhs.network, rhs.prefixLength)
    }
}
