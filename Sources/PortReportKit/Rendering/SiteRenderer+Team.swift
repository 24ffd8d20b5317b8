extension SiteRenderer {
    /// Page `page` of a team, showing the assets in `chunks[page]`.
    /// - Parameters:
    ///   - summary: the section's totals, when already computed for another page.
    ///   - fragments: where the rows of the systems the team owns are kept, for their host pages.
    func teamPage(
        _ section: TeamSection, team: Team, chunks: [Range<Int>], page: Int, summary: SectionSummary? = nil,
        fragments: RowFragments? = nil
    ) -> TeamPage {
        let summary = summary ?? SectionSummary(section, report: report)
        let root = "../../"
        let shown = TeamSection(team: team, assets: Array(section.assets[chunks[page]]))
        let blocks = shown.assets.map { item in
            views.assetBlock(
                item.asset, ports: item.ports, includeHostFindings: item.ownsAsset, reasons: item.reasons,
                viewingTeam: team.id, root: root, fragments: fragments, keeps: item.ownsAsset)
        }
        let heading = Pagination.title(team.name, page: page, of: chunks.count)
        return TeamPage(
            chrome: chrome(root: root, title: heading), root: root, heading: heading, isFirstPage: page == 0,
            pager: Pagination.pager(current: page, count: chunks.count, base: "index.html"),
            contacts: team.contacts.isEmpty ? nil : team.contacts.joined(separator: ", "),
            assetCount: section.assets.count, findingCount: summary.findingCount,
            csvHref: root + SiteLinks.teamCSV(team.id),
            suppressedCount: summary.suppressedCount > 0 ? summary.suppressedCount : nil, counts: summary.counts,
            hasFirewallSuspects: !summary.suspects.isEmpty,
            firewallSuspects: suspectLinks(summary.suspects, root: root),
            hasAssets: !section.assets.isEmpty,
            assetLinks: page == 0 ? assetLinks(section, chunks: chunks, base: "index.html") : [], assets: blocks,
            // Only the template path reads it: compiled team pages write the blocks in place.
            assetsHTML: shells[root] == nil ? rows.assetBlocks(blocks) : "",
            hasServices: !shown.assets.isEmpty, services: serviceBlocks(for: shown))
    }

    /// Every asset of the section, linked to its block on whichever page holds it.
    func assetLinks(_ section: TeamSection, chunks: [Range<Int>], base: String) -> [AssetLink] {
        var links: [AssetLink] = []
        for (page, chunk) in chunks.enumerated() {
            let file = page == 0 ? "" : Pagination.pageFile(base, page: page)
            for item in section.assets[chunk] {
                let detail = report.assets[item.asset]
                let shown =
                    item.ports.flatMap { detail.ports[$0].findings } + (item.ownsAsset ? detail.hostFindings : [])
                let top = shown.map { report.scan.findings[$0].severity }.max() ?? .info
                links.append(
                    AssetLink(
                        href: file + "#" + SiteLinks.assetAnchor(detail.asset), label: detail.asset.displayName,
                        severityName: top.name, severityWord: top.word))
            }
        }
        return links
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
                    html: demotedExplanations[explanation.slug] ?? SiteRenderer.demoteHeadings(explanation.html)))
        }
        return blocks
    }

    /// Explanations use `###` (h3). On a team page they sit under an h2 section, inside a
    /// `<details>` whose summary names the service, so they move down to h4 to keep the outline.
    ///
    /// `<h3>` and `</h3>` become `<h4>` and `</h4>`, nothing else changes: the digit is rewritten in
    /// place in the UTF-8 bytes (Foundation's `replacingOccurrences` on every explanation was
    /// most of setting up the renderer, a stretch on one core).
    static func demoteHeadings(_ html: String) -> String {
        var bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<") else { continue }
            var name = index + 1
            if name < bytes.count && bytes[name] == UInt8(ascii: "/") { name += 1 }
            if name + 2 < bytes.count && bytes[name] == UInt8(ascii: "h") && bytes[name + 1] == UInt8(ascii: "3")
                && bytes[name + 2] == UInt8(ascii: ">")
            {
                bytes[name + 1] = UInt8(ascii: "4")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// - Parameter fragments: as for `teamPage`.
    func unassignedPage(
        _ section: TeamSection, chunks: [Range<Int>], page: Int, summary: SectionSummary? = nil,
        fragments: RowFragments? = nil
    ) -> UnassignedPage {
        let summary = summary ?? SectionSummary(section, report: report)
        let root = ""
        let closest = ClosestRules(rules: report.configuration.rules)
        let blocks = section.assets[chunks[page]].map { item -> AssetBlock in
            var block = views.assetBlock(
                item.asset, ports: item.ports, includeHostFindings: item.ownsAsset,
                reasons: item.reasons, viewingTeam: nil, root: root, fragments: fragments, keeps: item.ownsAsset)
            let suggestions = closest.suggestions(for: report.assets[item.asset].asset)
            block.closest = suggestions.isEmpty ? nil : suggestions.joined(separator: "; ")
            return block
        }
        let heading = Pagination.title("Unassigned systems and ports", page: page, of: chunks.count)
        return UnassignedPage(
            chrome: chrome(
                root: root, title: Pagination.title("Unassigned", page: page, of: chunks.count)),
            root: root, heading: heading, isFirstPage: page == 0,
            pager: Pagination.pager(current: page, count: chunks.count, base: SiteLinks.unassigned),
            counts: summary.counts, hasAssets: !section.assets.isEmpty, assets: blocks,
            assetsHTML: shells[root] == nil ? rows.assetBlocks(blocks) : "")
    }
}
