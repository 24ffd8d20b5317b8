extension SiteRenderer {
    /// Asset `index`'s page; rows already written for its owner's page are copied from
    /// `fragments`.
    func hostPage(_ index: Int, fragments: RowFragments? = nil) -> HostPage {
        let root = "../"
        let detail = report.assets[index]
        let asset = detail.asset
        let team = detail.attribution.team
        var reasons = [detail.attribution.reason]
        for port in detail.ports where port.attribution.team != team {
            reasons.append(
                "Port \(port.port) belongs to \(views.teamName(port.attribution.team)): \(port.attribution.reason)")
        }
        var block = views.assetBlock(
            index, ports: nil, includeHostFindings: true, reasons: reasons, viewingTeam: team, root: root,
            fragments: fragments)
        block.showFacts = false
        let inbound = inboundPaths(to: asset)
        let hosts = asset.hosts.map { report.scan.hosts[$0] }
        let scanned = hosts.compactMap { host -> String? in
            guard let start = host.scanStart else { return nil }
            return "\(start) (\(report.scan.inputs[host.input].path))"
        }
        return HostPage(
            chrome: chrome(root: root, title: asset.displayName), root: root, heading: asset.displayName,
            addresses: block.addresses, names: block.names,
            macs: asset.macAddresses.isEmpty ? nil : asset.macAddresses.joined(separator: ", "), os: block.os,
            ownerHref: root + (team.map(SiteLinks.team) ?? SiteLinks.unassigned),
            ownerName: views.teamName(team), ownerReason: detail.attribution.reason,
            mergeEvidence: asset.mergeEvidence.isEmpty ? nil : TextList(items: asset.mergeEvidence),
            scanned: scanned.isEmpty ? nil : scanned.joined(separator: "; "),
            inbound: inbound.isEmpty ? nil : HostPage.Inbound(paths: inbound), detail: block,
            // Only the template path reads it: compiled host pages write the block in place.
            detailHTML: shells[root] == nil ? rows.assetBlocks([block]) : "")
    }

    /// Load-balancer paths whose pool includes one of the asset's addresses.
    private func inboundPaths(to asset: Asset) -> [String] {
        let addresses = Set(asset.addresses)
        var paths: [String] = []
        for balancer in report.configuration.loadBalancers {
            for server in balancer.virtualServers {
                let members = server.pool.filter { addresses.contains($0.address) }
                guard !members.isEmpty else { continue }
                let targets = members.map { "\($0.address):\($0.port.number)" }.joined(separator: ", ")
                paths.append("\(server.vip) (\(balancer.name)) -> \(targets)")
            }
        }
        return paths
    }
}
