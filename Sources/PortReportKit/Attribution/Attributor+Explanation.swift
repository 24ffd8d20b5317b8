#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension OwnershipRule {
    /// Whether the rule matches the asset (and, for endpoint rules, the port on one of its
    /// addresses), whatever its precedence. For explanations and `portreport check`; the build
    /// itself uses `Attributor`'s indexed lookups.
    public func matches(_ asset: Asset, port: Port? = nil, address: IPAddress? = nil) -> Bool {
        let addresses = address.map { [$0] } ?? asset.addresses
        switch matcher {
        case .endpoint(let endpoint):
            return port == endpoint.port && addresses.contains(endpoint.address)
        case .address(let wanted):
            return asset.addresses.contains(wanted)
        case .asset(let name):
            return asset.definition == name
        case .host(let glob):
            return asset.names.contains { fnmatch(glob, $0.lowercased(), 0) == 0 }
        case .cidr(let network):
            return asset.addresses.contains(where: network.contains)
        }
    }

    /// Orders rules as precedence does: by kind, then the longest CIDR prefix, then file order.
    public static func precedes(_ lhs: OwnershipRule, _ rhs: OwnershipRule) -> Bool {
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        if case .cidr(let left) = lhs.matcher, case .cidr(let right) = rhs.matcher,
            left.prefixLength != right.prefixLength
        {
            return left.prefixLength > right.prefixLength
        }
        return lhs.line < rhs.line
    }
}
