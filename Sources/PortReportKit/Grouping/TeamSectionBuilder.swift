/// Splits attributed assets into one section per team (and Unassigned).
enum TeamSectionBuilder {
    /// A team sees an asset when it owns the asset, owns one of its ports, or owns a pool member
    /// (or the balancer) behind one of its VIP ports.
    static func sections(teams: [Team], assets: [AssetDetail]) -> [TeamSection] {
        var byTeam: [String?: [TeamAsset]] = [:]
        for (assetIndex, detail) in assets.enumerated() {
            var shown: [String?: TeamAsset] = [:]
            var order: [String?] = []
            func entry(_ team: String?) -> TeamAsset {
                if let existing = shown[team] { return existing }
                order.append(team)
                return TeamAsset(asset: assetIndex, ports: [], ownsAsset: false, reasons: [])
            }
            var owner = entry(detail.attribution.team)
            owner.ownsAsset = true
            owner.reasons.append(detail.attribution.reason)
            shown[detail.attribution.team] = owner
            for (portIndex, port) in detail.ports.enumerated() {
                var item = entry(port.attribution.team)
                item.ports.append(portIndex)
                if port.attribution != detail.attribution {
                    item.reasons.append("Port \(port.port): \(port.attribution.reason)")
                }
                shown[port.attribution.team] = item
                guard let path = port.loadBalancerPath else { continue }
                for team in path.teams where team != port.attribution.team {
                    var viaBalancer = entry(team)
                    if !viaBalancer.ports.contains(portIndex) { viaBalancer.ports.append(portIndex) }
                    let reason =
                        team == path.owner && !path.members.contains { $0.attribution.team == team }
                        ? "Port \(port.port) is a virtual server of load balancer \(path.balancer), which this team owns: \(path)"
                        : "Port \(port.port) is a virtual server forwarding to this team's pool members: \(path)"
                    if !viaBalancer.reasons.contains(reason) { viaBalancer.reasons.append(reason) }
                    shown[team] = viaBalancer
                }
            }
            for team in order {
                guard let item = shown[team] else { continue }
                // An asset whose every port belongs elsewhere and which has no host-level findings
                // would be an empty entry on its owner's page; keep it only if it has something.
                if item.ownsAsset && item.ports.isEmpty && detail.hostFindings.isEmpty && !detail.ports.isEmpty {
                    continue
                }
                byTeam[team, default: []].append(item)
            }
        }
        var sections = teams.map { TeamSection(team: $0, assets: byTeam[$0.id] ?? []) }
        sections.append(TeamSection(team: nil, assets: byTeam[nil] ?? []))
        return sections
    }
}
