extension SiteRenderer {
    /// A finding on a finding page: its index, its asset's, and the index of the asset's port
    /// it is listed under (`nil` for a host-level finding).
    typealias AffectedPlace = (asset: Int, finding: Int, port: Int?)

    /// For each plugin, every finding index with its asset, in asset then port order.
    func affectedByPlugin() -> [(PluginKey, [AffectedPlace])] {
        // Each plugin's places in a list of its own, found through one look-up per finding, and
        // findings read in place (a copy of each retained its strings).
        var slotOf: [PluginKey: Int] = [:]
        var keys: [PluginKey] = []
        var places: [[AffectedPlace]] = []
        report.scan.findings.withUnsafeBufferPointer { findings in
            func add(_ index: Int, of assetIndex: Int, port: Int?) {
                let key = findings[index].plugin
                if let slot = slotOf[key] {
                    places[slot].append((assetIndex, index, port))
                } else {
                    slotOf[key] = keys.count
                    keys.append(key)
                    places.append([(assetIndex, index, port)])
                }
            }
            report.assets.withUnsafeBufferPointer { assets in
                for assetIndex in assets.indices {
                    for index in assets[assetIndex].hostFindings { add(index, of: assetIndex, port: nil) }
                    assets[assetIndex].ports.withUnsafeBufferPointer { ports in
                        for port in ports.indices {
                            for index in ports[port].findings { add(index, of: assetIndex, port: port) }
                        }
                    }
                }
            }
        }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { (keys[$0], places[$0]) }
    }

    /// `Affects 1 port or system.`, `Affects 10 ports or systems (17 more suppressed).`
    func affectedText(_ places: [AffectedPlace]) -> String {
        let suppressed = places.filter { report.isSuppressed($0.finding) }.count
        let active = places.count - suppressed
        var text = "Affects \(active) \(active == 1 ? "port or system" : "ports or systems")"
        if suppressed > 0 { text += " (\(suppressed) more suppressed: accepted risks, marked below)" }
        return text + "."
    }

    func findingPage(_ key: PluginKey, places: [AffectedPlace], chunks: [Range<Int>], page: Int)
        -> FindingPage
    {
        let root = "../"
        let info = views.plugin(key)
        let highest = report.scan.findings.withUnsafeBufferPointer { findings in
            places.lazy.map { findings[$0.finding].severity }.max() ?? .info
        }
        // Fields read through buffers, which lend elements in place: copying the finding, the
        // asset's detail, its ports or the host for every row retained each of their fields.
        let rows = report.scan.findings.withUnsafeBufferPointer { findings in
            places[chunks[page]].map { place -> AffectedRow in
                let index = place.finding
                let port = findings[index].port
                let host = findings[index].host
                let severity = findings[index].severity
                let cves = findings[index].cves
                // The owner of the port row it is listed under (of the asset, when host-level).
                let owner = report.assets.withUnsafeBufferPointer { assets in
                    guard let row = place.port else { return assets[place.asset].attribution.team }
                    return assets[place.asset].ports.withUnsafeBufferPointer { $0[row].attribution.team }
                }
                return AffectedRow(
                    href: views.hostHref(place.asset, root: root),
                    label: report.assets[place.asset].asset.displayName,
                    address: views.hostAddresses[host],
                    portText: port?.description ?? "host-level", team: views.teamName(owner),
                    rowSeverityName: severity.name, rowSeverityWord: severity.word,
                    output: findings[index].evidence, compliance: ViewFactory.compliance(findings[index].compliance),
                    rowCVEs: cves.isEmpty ? nil : cves.joined(separator: ", "),
                    rowSuppressed: views.suppressionNote(index))
            }
        }
        return FindingPage(
            chrome: chrome(root: root, title: Pagination.title(info.name, page: page, of: chunks.count)), root: root,
            heading: info.name,
            pager: Pagination.pager(
                current: page, count: chunks.count, base: String(links.finding(key).dropFirst("findings/".count))),
            severityName: highest.name, severityWord: highest.word, scannerName: key.scanner.displayName,
            pluginID: key.id, family: info.family, affectedText: affectedText(places),
            cvssRows: info.cvss.map {
                CVSSRow(
                    version: $0.version, score: $0.score.map { ViewFactory.decimal($0) } ?? "no score",
                    vector: $0.vector)
            },
            cves: info.cves.isEmpty ? nil : info.cves.joined(separator: ", "),
            cwes: info.cwes.isEmpty ? nil : info.cwes.joined(separator: ", "),
            epss: info.epss.map { ViewFactory.decimal($0, digits: 3) }, vpr: info.vpr.map { ViewFactory.decimal($0) },
            exploitAvailable: info.exploitAvailable, knownExploited: info.knownExploited,
            synopsis: info.synopsis, descriptionText: info.description, solution: info.solution,
            seeAlso: info.seeAlso.isEmpty ? nil : TextList(items: info.seeAlso), rows: rows,
            rowsHTML: shells[root] == nil ? self.rows.affectedRows(rows) : "")
    }
}
