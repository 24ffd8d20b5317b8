extension SiteRenderer {
    /// Every port seen on any asset, with the (asset, port detail) pairs exposing it.
    func servicePorts() -> [(Port, [(asset: Int, detail: PortDetail)])] {
        var byPort: [Port: [(asset: Int, detail: PortDetail)]] = [:]
        for (index, asset) in report.assets.enumerated() {
            // Ports folded into a firewall summary have no row to link from: no page either.
            for detail in asset.ports where !detail.collapsed {
                byPort[detail.port, default: []].append((index, detail))
            }
        }
        return byPort.keys.sorted().map { ($0, byPort[$0] ?? []) }
    }

    func servicePage(_ port: Port, rows: [(asset: Int, detail: PortDetail)], chunks: [Range<Int>], page: Int)
        -> ServicePage
    {
        let root = "../"
        let named = rows.first { $0.detail.serviceName != nil }?.detail ?? rows[0].detail
        let explanation = views.explanation(named)
        let title = views.serviceTitle(named)
        let tableRows = rows[chunks[page]].map { row -> ServiceRow in
            let asset = report.assets[row.asset].asset
            return ServiceRow(
                href: root + SiteLinks.host(asset), label: asset.displayName,
                team: views.teamName(row.detail.attribution.team),
                serviceName: row.detail.serviceName.map { $0 + (row.detail.serviceGuessed ? " (guessed)" : "") }
                    ?? "not given",
                banner: row.detail.banner, severityName: row.detail.highestSeverity.name,
                severityWord: row.detail.highestSeverity.word)
        }
        let count = rows.count
        return ServicePage(
            chrome: chrome(root: root, title: "\(port) \(title)"), root: root, heading: "\(port): \(title)",
            pager: Pagination.pager(
                current: page, count: chunks.count, base: String(SiteLinks.service(port).dropFirst("services/".count))),
            ianaName: catalog.ianaName(for: port),
            exposureNote: "\(count) \(count == 1 ? "system has" : "systems have") this port open in these scans.",
            explanationTitle: explanation.slug == catalog.unknown.slug ? catalog.unknown.title : "What this service is",
            explanationHTML: explanation.html, portText: port.description, rows: tableRows,
            rowsHTML: self.rows.serviceRows(tableRows))
    }
}
