/// Traces a VIP:port to the pool members behind it and the teams that own them.
public struct LoadBalancerTracer: Sendable {
    private var byVIP: [Endpoint: (balancer: LoadBalancer, server: LoadBalancer.VirtualServer)] = [:]

    public init(balancers: [LoadBalancer]) {
        for balancer in balancers {
            for server in balancer.virtualServers where byVIP[server.vip] == nil {
                byVIP[server.vip] = (balancer, server)
            }
        }
    }

    /// The path behind `port` on `address` (or, without one, on any of `asset`'s addresses), if
    /// it is a configured VIP.
    ///
    /// - Parameter attributeMember: gives the attribution of each pool member.
    public func path(
        for port: Port, on address: IPAddress?, of asset: Asset, attributeMember: (Endpoint) -> Attribution
    ) -> LoadBalancerPath? {
        for address in address.map({ [$0] }) ?? asset.addresses {
            let vip = Endpoint(address: address, port: port)
            guard let entry = byVIP[vip] else { continue }
            let members = entry.server.pool.map { ($0, attributeMember($0)) }
            return LoadBalancerPath(
                balancer: entry.balancer.name, owner: entry.balancer.owner, vip: vip, members: members)
        }
        return nil
    }
}
