/// Builds the view values shared by several page kinds: finding rows, port rows, asset blocks.
struct ViewFactory {
    let report: Report
    let catalog: ServiceCatalog
    let links: SiteLinks
    let teamNames: [String: String]
    /// Each known plugin's share of a finding row, worked out once: a large site shows every
    /// finding on two pages, and most findings of a plugin share its name, link and ratings.
    let pluginRows: [PluginKey: PluginRow]

    /// What every finding row of one plugin shows alike (unless the finding has its own CVSS or
    /// CVEs).
    struct PluginRow {
        var title: String
        var findingPath: String
        var cvss: String?
        var cveList: [String]
        var cves: String?
        var knownExploited: Bool
        var exploitAvailable: Bool
        var epss: String?
    }

    init(report: Report, catalog: ServiceCatalog, links: SiteLinks) {
        self.report = report
        self.catalog = catalog
        self.links = links
        var names: [String: String] = [:]
        for team in report.configuration.teams { names[team.id] = team.name }
        teamNames = names
        var rows: [PluginKey: PluginRow] = [:]
        for (key, info) in report.scan.plugins { rows[key] = ViewFactory.pluginRow(info, links: links) }
        pluginRows = rows
    }

    static func pluginRow(_ info: PluginInfo, links: SiteLinks) -> PluginRow {
        PluginRow(
            title: info.name, findingPath: links.finding(info.key), cvss: info.primaryCVSS.flatMap(cvssText),
            cveList: info.cves, cves: info.cves.isEmpty ? nil : abbreviated(info.cves, limit: 6),
            knownExploited: info.knownExploited != nil, exploitAvailable: info.exploitAvailable,
            epss: info.epss.map { decimal($0, digits: 3) })
    }

    /// `9.8 (v3.1)`; nil when the rating has no score.
    static func cvssText(_ rating: CVSS) -> String? {
        rating.score.map { "\(decimal($0)) (v\(rating.version))" }
    }

    func teamName(_ id: String?) -> String {
        guard let id else { return "Unassigned" }
        return teamNames[id] ?? id
    }

    func plugin(_ key: PluginKey) -> PluginInfo {
        report.scan.plugins[key] ?? PluginInfo(key: key, name: "\(key.scanner.displayName) plugin \(key.id)")
    }

    /// - Parameter root: the way back to the site root from the page the row is on; links are
    ///   written with it, so templates need not look `root` up for every finding.
    func findingRow(_ index: Int, root: String) -> FindingRow {
        let finding = report.scan.findings[index]
        let row = pluginRows[finding.plugin] ?? ViewFactory.pluginRow(plugin(finding.plugin), links: links)
        // The finding's own rating or CVEs, when the scanner gave them per finding, as
        // `ScanResult.cvss(of:)` and `cves(of:)` choose them.
        let cvss: String? = if let own = finding.cvss { ViewFactory.cvssText(own) } else { row.cvss }
        var cves = row.cves
        if !finding.cves.isEmpty {
            cves = ViewFactory.abbreviated(ScanResult.cves(plugin: row.cveList, own: finding.cves), limit: 6)
        }
        let sources = report.alsoReportedIn[index].map { inputs in
            inputs.map { report.scan.inputs[$0].path }.joined(separator: ", ")
        }
        return FindingRow(
            severityName: finding.severity.name, severityWord: finding.severity.word, title: row.title,
            href: root + row.findingPath, cvss: cvss, cves: cves,
            knownExploited: row.knownExploited, exploitAvailable: row.exploitAvailable, epss: row.epss,
            compliance: ViewFactory.compliance(finding.compliance), sources: sources, evidence: finding.evidence,
            suppressedNote: suppressionNote(index))
    }

    /// `Suppressed until 2027-03-31 (owner network): reason`, when a suppression covers it.
    func suppressionNote(_ index: Int) -> String? {
        guard let entry = report.suppressedBy[index] else { return nil }
        let suppression = report.configuration.suppressions[entry]
        var note = "Suppressed"
        if let expires = suppression.expires { note += " until \(expires)" }
        if let owner = suppression.owner { note += " (accepted by \(teamName(owner)))" }
        return note + ": " + suppression.reason
    }

    /// The explanation for a port, or the generic one.
    func explanation(_ detail: PortDetail) -> ServiceExplanation {
        catalog.explanation(for: detail.port, serviceName: detail.serviceName) ?? catalog.unknown
    }

    /// `HTTPS`, the IANA name, or "Unrecognised service".
    func serviceTitle(_ detail: PortDetail) -> String {
        if let explanation = catalog.explanation(for: detail.port, serviceName: detail.serviceName) {
            return explanation.title
        }
        if let iana = catalog.ianaName(for: detail.port) { return "\(iana) (IANA name)" }
        return catalog.unknown.title
    }

    func portRow(_ detail: PortDetail, of asset: Asset, ownerTeam: String?, root: String) -> PortRow {
        let onAddress = asset.addresses.count > 1 ? detail.address.map { "on \($0)" } : nil
        var ownerNote: String?
        if detail.attribution.team != ownerTeam {
            ownerNote = "Owned by \(teamName(detail.attribution.team)): \(detail.attribution.reason)"
        }
        return PortRow(
            anchor: SiteLinks.portAnchor(asset, detail), port: detail.port.description, onAddress: onAddress,
            serviceHref: root + SiteLinks.service(detail.port), serviceTitle: serviceTitle(detail),
            serviceName: detail.serviceName?.bidiVisible, guessed: detail.serviceGuessed,
            product: detail.product?.bidiVisible,
            banner: detail.banner,
            path: detail.loadBalancerPath?.description,
            reachedThrough: detail.reachedThrough.isEmpty ? nil : detail.reachedThrough.joined(separator: ", "),
            ownerNote: ownerNote,
            findingList: FindingList(detail.findings.map { findingRow($0, root: root) }))
    }

    /// An asset as a block of a page, showing the given ports (all when `ports` is nil).
    func assetBlock(
        _ assetIndex: Int, ports: [Int]?, includeHostFindings: Bool, reasons: [String],
        viewingTeam: String?, root: String
    ) -> AssetBlock {
        let detail = report.assets[assetIndex]
        let asset = detail.asset
        let shownPorts = (ports ?? Array(detail.ports.indices)).map { detail.ports[$0] }
        let visiblePorts = shownPorts.filter { !$0.collapsed }
        let shownAddresses = Set(shownPorts.map(\.address))
        let notes = report.firewallSuspects.filter { $0.asset == assetIndex && shownAddresses.contains($0.address) }
            .map(ViewFactory.firewallNote)
        let hostFindings = includeHostFindings ? detail.hostFindings.map { findingRow($0, root: root) } : []
        return AssetBlock(
            showFacts: true, anchor: SiteLinks.assetAnchor(asset), href: root + SiteLinks.host(asset),
            name: asset.displayName,
            searchText: ([asset.displayName] + asset.addresses.map(\.description) + asset.names).joined(separator: " "),
            addresses: asset.addresses.isEmpty
                ? "none recorded" : asset.addresses.map(\.description).joined(separator: ", "),
            names: asset.names.isEmpty ? nil : asset.names.joined(separator: ", "),
            os: asset.operatingSystems.isEmpty ? nil : asset.operatingSystems.joined(separator: "; "),
            reasons: reasons, hasPorts: !visiblePorts.isEmpty,
            ports: visiblePorts.map { portRow($0, of: asset, ownerTeam: viewingTeam, root: root) },
            hasHostFindings: !hostFindings.isEmpty, hostFindingList: FindingList(hostFindings),
            closest: nil, firewallNotes: notes)
    }

    static func firewallNote(_ suspect: FirewallSuspect) -> FirewallNote {
        FirewallNote(
            suspectAddress: suspect.address?.description ?? "this system", answering: suspect.answering,
            tcpwrapped: suspect.tcpwrapped, openFiltered: suspect.openFiltered, threshold: suspect.threshold,
            collapsedCount: suspect.collapsed.count, collapsedRanges: portRanges(suspect.collapsed))
    }

    /// `1-21, 23, 25-79/tcp; 53/udp`: consecutive port numbers folded into ranges, per transport.
    static func portRanges(_ ports: [Port]) -> String {
        var parts: [String] = []
        for transport in Transport.allCases.sorted() {
            let numbers = ports.filter { $0.transport == transport }.map(\.number).sorted()
            guard var start = numbers.first else { continue }
            var previous = start
            var ranges: [String] = []
            for number in numbers.dropFirst() + [Int.max] {
                if number == previous + 1 {
                    previous = number
                    continue
                }
                ranges.append(start == previous ? "\(start)" : "\(start)-\(previous)")
                start = number
                previous = number
            }
            parts.append(ranges.joined(separator: ", ") + "/\(transport.rawValue)")
        }
        return parts.joined(separator: "; ")
    }

    static func severityCounts(_ severities: some Sequence<Severity>) -> [SeverityCount] {
        var counts = [Int](repeating: 0, count: Severity.allCases.count)
        for severity in severities { counts[severity.rawValue] += 1 }
        return Severity.allCases.reversed().map {
            SeverityCount(name: $0.name, word: $0.word, count: counts[$0.rawValue])
        }
    }

    static func decimal(_ value: Double, digits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        // A Double always prints with a decimal point ("7.0"), so nothing needs adding.
        return "\(rounded)"
    }

    static func abbreviated(_ items: [String], limit: Int) -> String {
        if items.count <= limit { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }

    static func compliance(_ result: ComplianceResult?) -> String? {
        guard let result, !result.isEmpty else { return nil }
        var parts: [String] = []
        if let name = result.checkName { parts.append(name.bidiVisible) }
        if let outcome = result.result { parts.append("result: \(outcome.bidiVisible)") }
        if let actual = result.actualValue { parts.append("actual: \(actual.bidiVisible)") }
        if let policy = result.policyValue { parts.append("expected: \(policy.bidiVisible)") }
        return parts.joined(separator: "; ")
    }
}
