extension SiteRenderer {
    /// Every port seen on any asset, with the places exposing it: the asset and the index of the
    /// port in its `ports` (indices, not copies: a copy of each port was 130 MB at a million
    /// findings).
    func servicePorts() -> [(Port, [(asset: Int, port: Int)])] {
        var byPort: [Port: [(asset: Int, port: Int)]] = [:]
        for (index, asset) in report.assets.enumerated() {
            // Ports folded into a firewall summary have no row to link from: no page either.
            for (position, detail) in asset.ports.enumerated() where !detail.collapsed {
                byPort[detail.port, default: []].append((index, position))
            }
        }
        return byPort.keys.sorted().map { ($0, byPort[$0] ?? []) }
    }

    func servicePage(_ port: Port, rows: [(asset: Int, port: Int)], chunks: [Range<Int>], page: Int)
        -> ServicePage
    {
        let root = "../"
        let detail = { (row: (asset: Int, port: Int)) in self.report.assets[row.asset].ports[row.port] }
        let named = rows.lazy.map(detail).first { $0.serviceName != nil } ?? detail(rows[0])
        let explanation = views.explanation(named)
        let title = views.serviceTitle(named)
        let tableRows = rows[chunks[page]].map { row -> ServiceRow in
            let place = detail(row)
            return ServiceRow(
                href: views.hostHref(row.asset, root: root), label: report.assets[row.asset].asset.displayName,
                team: views.teamName(place.attribution.team),
                serviceName: place.serviceName.map { $0 + (place.serviceGuessed ? " (guessed)" : "") }
                    ?? "not given",
                banner: place.banner, severityName: place.highestSeverity.name,
                severityWord: place.highestSeverity.word)
        }
        let count = rows.count
        return ServicePage(
            chrome: chrome(root: root, title: Pagination.title("\(port) \(title)", page: page, of: chunks.count)),
            root: root, heading: "\(port): \(title)",
            pager: Pagination.pager(
                current: page, count: chunks.count, base: String(SiteLinks.service(port).dropFirst("services/".count))),
            ianaName: catalog.ianaName(for: port),
            exposureNote: "\(count) \(count == 1 ? "system has" : "systems have") this port open in these scans.",
            explanationTitle: explanation.slug == catalog.unknown.slug ? catalog.unknown.title : "What this service is",
            explanationHTML: explanation.html, portText: port.description, rows: tableRows,
            rowsHTML: shells[root] == nil ? self.rows.serviceRows(tableRows) : "")
    }
}
