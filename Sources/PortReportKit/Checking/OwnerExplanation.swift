/// Explains who owns an address or address:port, and through which rules and load-balancer
/// paths: the text `portreport owner` prints.
public enum OwnerExplanation {
    /// The explanation as lines of plain text.
    public static func lines(for query: OwnerQuery, in report: Report) -> [String] {
        let configuration = report.configuration
        let attributor = Attributor(configuration: configuration)
        let teamName = { (id: String?) -> String in
            guard let id else { return "Unassigned (no rule matches)" }
            return configuration.team(id).map { "\($0.name) (\(id))" } ?? id
        }
        let detail = report.assets.first { $0.asset.addresses.contains(query.address) }
        let asset =
            detail?.asset
            ?? Asset(
                id: "", displayName: query.address.description, definition: nil, addresses: [query.address], names: [],
                macAddresses: [], operatingSystems: [], hosts: [], mergeEvidence: [])
        var lines = [query.description]
        if let detail {
            let others = detail.asset.addresses.filter { $0 != query.address }
            var system = "  system: \(detail.asset.displayName)"
            if !others.isEmpty { system += " (also at \(others.map(\.description).joined(separator: ", ")))" }
            lines.append(system)
            lines += detail.asset.mergeEvidence.map { "    one system because \($0)" }
        } else {
            lines.append("  system: not in the current inputs; judged by the rules alone")
        }

        let base = detail?.attribution ?? attributor.attribute(asset)
        let attribution =
            query.port.map { attributor.attribute($0, on: query.address, of: asset, assetAttribution: base) }
            ?? base
        lines.append("  team: \(teamName(attribution.team))")
        lines.append("  why: \(attribution.reason)")

        let matching = configuration.rules.filter { $0.matches(asset, port: query.port, address: query.address) }
            .sorted(by: OwnershipRule.precedes)
        if !matching.isEmpty {
            lines.append("  rules that match, most specific first:")
            for rule in matching {
                let mark = rule == attribution.rule ? "*" : " "
                lines.append("   \(mark) \(rule.text) (team \(rule.team), line \(rule.line))")
            }
        }

        if let port = query.port {
            let tracer = LoadBalancerTracer(balancers: configuration.loadBalancers)
            let path = tracer.path(for: port, on: query.address, of: asset) { member in
                attributor.attribute(
                    member, asset: report.assets.first { $0.asset.addresses.contains(member.address) }?.asset)
            }
            if let path {
                lines.append(
                    "  virtual server of \(path.balancer)\(path.owner.map { ", owned by \(teamName($0))" } ?? ""):")
                lines.append("    \(path)")
                for member in path.members {
                    lines.append(
                        "    \(member.endpoint) -> \(teamName(member.attribution.team)): \(member.attribution.reason)")
                }
                lines.append(
                    "  findings on this port are also shown to: \(path.teams.map(teamName).joined(separator: ", "))")
            }
        }
        for balancer in configuration.loadBalancers {
            for server in balancer.virtualServers {
                let members = server.pool.filter {
                    $0.address == query.address && (query.port == nil || $0.port == query.port)
                }
                for member in members {
                    lines.append("  reached through \(balancer.name): \(server.vip) -> \(member)")
                }
            }
        }
        if let suspect = report.firewallSuspects.first(where: { $0.address == query.address }) {
            lines.append(
                "  note: \(query.address) answered on \(suspect.answering) ports: probably a firewall or SYN proxy, "
                    + "not that many programs")
        }
        return lines
    }
}
