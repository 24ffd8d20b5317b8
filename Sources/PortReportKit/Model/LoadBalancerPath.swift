/// How traffic to a VIP:port reaches its pool members, and who owns each member.
public struct LoadBalancerPath: Sendable, Hashable, CustomStringConvertible {
    /// The load balancer's configured name.
    public var balancer: String
    /// The team owning the load balancer, if configured.
    public var owner: String?
    public var vip: Endpoint
    /// Pool members with the attribution of each.
    public var members: [(endpoint: Endpoint, attribution: Attribution)]

    public init(
        balancer: String, owner: String?, vip: Endpoint, members: [(endpoint: Endpoint, attribution: Attribution)]
    ) {
        self.balancer = balancer
        self.owner = owner
        self.vip = vip
        self.members = members
    }

    /// `203.0.113.10:443/tcp (edge-lb) -> 10.30.0.7:8443, 10.30.0.8:8443`.
    public var description: String {
        let targets = members.map {
            "\($0.endpoint.address.isIPv4 ? "\($0.endpoint.address)" : "[\($0.endpoint.address)]"):\($0.endpoint.port.number)"
        }
        return "\(vip) (\(balancer)) -> \(targets.joined(separator: ", "))"
    }

    /// Teams that see findings on the VIP because they own a member or the balancer.
    public var teams: [String] {
        var result: [String] = []
        for team in members.compactMap(\.attribution.team) + [owner].compactMap({ $0 }) where !result.contains(team) {
            result.append(team)
        }
        return result
    }

    public static func == (lhs: LoadBalancerPath, rhs: LoadBalancerPath) -> Bool {
        lhs.description == rhs.description && lhs.owner == rhs.owner
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
