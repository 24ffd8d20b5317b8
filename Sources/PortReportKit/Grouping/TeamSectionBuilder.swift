/// Splits attributed assets into one section per team (and Unassigned).
enum TeamSectionBuilder {
    /// A team sees an asset when it owns the asset, owns one of its ports, or owns a pool member
    /// (or the balancer) behind one of its VIP ports.
    static func sections(teams: [Team], assets: [AssetDetail]) -> [TeamSection] {
        var byTeam: [String?: [TeamAsset]] = [:]
        // Assets read in place through a buffer: a copy of each detail retained (and released)
        // every field, on one core while the firewall analysis ran on the other.
        assets.withUnsafeBufferPointer { assets in
            for assetIndex in assets.indices {
                let attribution = assets[assetIndex].attribution
                var shown: [String?: TeamAsset] = [:]
                var order: [String?] = []
                // Entries are changed in place: a copy taken out, changed and stored back copied its
                // list of ports each time (quadratic on an asset with thousands of ports).
                func change(_ team: String?, _ body: (inout TeamAsset) -> Void) {
                    if shown[team] == nil { order.append(team) }
                    body(&shown[team, default: TeamAsset(asset: assetIndex, ports: [], ownsAsset: false, reasons: [])])
                }
                change(attribution.team) { owner in
                    owner.ownsAsset = true
                    owner.reasons.append(attribution.reason)
                }
                // Ports read through a buffer: iterating the array copied each port's detail.
                assets[assetIndex].ports.withUnsafeBufferPointer { ports in
                    for portIndex in ports.indices {
                        let portAttribution = ports[portIndex].attribution
                        let number = ports[portIndex].port
                        change(portAttribution.team) { item in
                            item.ports.append(portIndex)
                            if portAttribution != attribution {
                                item.reasons.append("Port \(number): \(portAttribution.reason)")
                            }
                        }
                        guard let path = ports[portIndex].loadBalancerPath else { continue }
                        for team in path.teams where team != portAttribution.team {
                            let reason =
                                team == path.owner && !path.members.contains { $0.attribution.team == team }
                                ? "Port \(number) is a virtual server of load balancer \(path.balancer), which this team owns: \(path)"
                                : "Port \(number) is a virtual server forwarding to this team's pool members: \(path)"
                            change(team) { viaBalancer in
                                if !viaBalancer.ports.contains(portIndex) { viaBalancer.ports.append(portIndex) }
                                if !viaBalancer.reasons.contains(reason) { viaBalancer.reasons.append(reason) }
                            }
                        }
                    }
                }
                for team in order {
                    guard let item = shown[team] else { continue }
                    // An asset whose every port belongs elsewhere and which has no host-level findings
                    // would be an empty entry on its owner's page; keep it only if it has something.
                    if item.ownsAsset && item.ports.isEmpty && assets[assetIndex].hostFindings.isEmpty
                        && !assets[assetIndex].ports.isEmpty
                    {
                        continue
                    }
                    byTeam[team, default: []].append(item)
                }
            }
        }
        var sections = teams.map { TeamSection(team: $0, assets: byTeam[$0.id] ?? []) }
        sections.append(TeamSection(team: nil, assets: byTeam[nil] ?? []))
        return sections
    }
}
