extension SiteRenderer {
    /// Every port seen on any asset, with the places exposing it: the asset and the index of the
    /// port in its `ports` (indices, not copies: a copy of each port was 130 MB at a million
    /// findings).
    func servicePorts() -> [(Port, [(asset: Int, port: Int)])] {
        var byPort: [Port: [(asset: Int, port: Int)]] = [:]
        // Read through buffers: iterating the arrays copied each asset's and port's detail.
        report.assets.withUnsafeBufferPointer { assets in
            for index in assets.indices {
                assets[index].ports.withUnsafeBufferPointer { ports in
                    // Ports folded into a firewall summary have no row to link from: no page either.
                    for position in ports.indices where !ports[position].collapsed {
                        byPort[ports[position].port, default: []].append((index, position))
                    }
                }
            }
        }
        return byPort.keys.sorted().map { ($0, byPort[$0] ?? []) }
    }

    /// Calls `body` with port `row.port` of asset `row.asset`, lent in place.
    private func withPlace<Result>(_ row: (asset: Int, port: Int), _ body: (PortDetail) -> Result) -> Result {
        report.assets[row.asset].ports.withUnsafeBufferPointer { body($0[row.port]) }
    }

    func servicePage(_ port: Port, rows: [(asset: Int, port: Int)], chunks: [Range<Int>], page: Int)
        -> ServicePage
    {
        let root = "../"
        let named = rows.first { withPlace($0) { $0.serviceName != nil } } ?? rows[0]
        let (explanation, title) = withPlace(named) { (views.explanation($0), views.serviceTitle($0)) }
        let tableRows = rows[chunks[page]].map { row -> ServiceRow in
            withPlace(row) { place in
                ServiceRow(
                    href: views.hostHref(row.asset, root: root), label: report.assets[row.asset].asset.displayName,
                    team: views.teamName(place.attribution.team),
                    serviceName: place.serviceName.map { $0 + (place.serviceGuessed ? " (guessed)" : "") }
                        ?? "not given",
                    banner: place.banner, severityName: place.highestSeverity.name,
                    severityWord: place.highestSeverity.word)
            }
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
