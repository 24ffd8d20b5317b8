extension SiteRenderer {
    func teamPage(_ section: TeamSection, team: Team) -> TeamPage {
        let root = "../../"
        let blocks = section.assets.map { item in
            views.assetBlock(
                item.asset, ports: item.ports, includeHostFindings: item.ownsAsset, reasons: item.reasons,
                viewingTeam: team.id)
        }
        let findings = report.activeFindings(in: section)
        let suppressed = report.findings(in: section).count - findings.count
        let suspects = report.firewallSuspects.filter { suspect in
            section.assets.contains { $0.asset == suspect.asset }
        }
        let links = section.assets.map { item -> AssetLink in
            let detail = report.assets[item.asset]
            let shown = item.ports.flatMap { detail.ports[$0].findings } + (item.ownsAsset ? detail.hostFindings : [])
            let top = shown.map { report.scan.findings[$0].severity }.max() ?? .info
            return AssetLink(
                anchor: SiteLinks.assetAnchor(detail.asset), label: detail.asset.displayName,
                severityName: top.name, severityWord: top.word)
        }
        return TeamPage(
            chrome: chrome(root: root, title: team.name), root: root, heading: team.name,
            contacts: team.contacts.isEmpty ? nil : team.contacts.joined(separator: ", "),
            assetCount: section.assets.count, findingCount: findings.count,
            csvHref: root + SiteLinks.teamCSV(team.id),
            suppressedCount: suppressed > 0 ? suppressed : nil,
            counts: ViewFactory.severityCounts(findings.map { report.scan.findings[$0].severity }),
            hasFirewallSuspects: !suspects.isEmpty, firewallSuspects: suspectLinks(suspects, root: root),
            hasAssets: !section.assets.isEmpty, assetLinks: links, assets: blocks,
            hasServices: !section.assets.isEmpty, services: serviceBlocks(for: section))
    }

    /// One explanation per service on the section's ports, in port order, each once.
    func serviceBlocks(for section: TeamSection) -> [ServiceBlock] {
        var seen = Set<String>()
        var blocks: [ServiceBlock] = []
        let ports = section.assets.flatMap { item in item.ports.map { report.assets[item.asset].ports[$0] } }
        for detail in ports.sorted(by: { $0.port < $1.port }) {
            let explanation = views.explanation(detail)
            guard seen.insert(explanation.slug).inserted else { continue }
            let heading =
                explanation.slug == catalog.unknown.slug
                ? "Ports this report cannot name: how to find out what they are" : explanation.title
            blocks.append(
                ServiceBlock(
                    slug: explanation.slug, serviceHeading: heading,
                    html: SiteRenderer.demoteHeadings(explanation.html)))
        }
        return blocks
    }

    /// Explanations use `###` (h3). On a team page they sit under an h2 section, inside a
    /// `<details>` whose summary names the service, so they move down to h4 to keep the outline.
    static func demoteHeadings(_ html: String) -> String {
        html.replacingOccurrences(of: "<h3>", with: "<h4>").replacingOccurrences(of: "</h3>", with: "</h4>")
    }

    func unassignedPage(_ section: TeamSection) -> UnassignedPage {
        let root = ""
        let closest = ClosestRules(rules: report.configuration.rules)
        let blocks = section.assets.map { item -> AssetBlock in
            var block = views.assetBlock(
                item.asset, ports: item.ports, includeHostFindings: item.ownsAsset,
                reasons: item.reasons, viewingTeam: nil)
            let suggestions = closest.suggestions(for: report.assets[item.asset].asset)
            block.closest = suggestions.isEmpty ? nil : suggestions.joined(separator: "; ")
            return block
        }
        let findings = report.activeFindings(in: section)
        return UnassignedPage(
            chrome: chrome(root: root, title: "Unassigned"), root: root, heading: "Unassigned systems and ports",
            counts: ViewFactory.severityCounts(findings.map { report.scan.findings[$0].severity }),
            hasAssets: !section.assets.isEmpty, assets: blocks)
    }
}
