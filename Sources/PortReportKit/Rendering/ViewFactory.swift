/// Builds the view values shared by several page kinds: finding rows, port rows, asset blocks.
struct ViewFactory {
    let report: Report
    let catalog: ServiceCatalog
    let links: SiteLinks
    let teamNames: [String: String]
    /// Each known plugin's share of a finding row, worked out once: a large site shows every
    /// finding on two pages, and most findings of a plugin share its name, link and ratings.
    /// Looked up unretained (`withPluginRow`): every finding row looks its plugin's share up,
    /// from both cores, and retaining the shared object each time made its count a contended
    /// cache line. `pluginRowOwners` keeps the rows alive.
    private let pluginRows: [PluginKey: Unmanaged<PluginRow>]
    private let pluginRowOwners: [PluginRow]
    /// Each reported port's service page: every port row links to one.
    let servicePaths: [Port: RootedPath]
    /// Each asset's page, by asset index: finding and service pages link to one in every row.
    let hostPaths: [RootedPath]
    /// Each scanned host's address as text (its reported name when it has none): a finding
    /// page shows it in every row, and formatting an address is not free.
    let hostAddresses: [String]
    /// Set for pages written directly (`writesItemsDirectly()`): finding lists then hold
    /// `FindingItems`, written from the report, instead of rows.
    private(set) var itemSource: FindingItemSource?

    /// What every finding row of one plugin shows alike (unless the finding has its own CVSS or
    /// CVEs).
    ///
    /// A class: a row looks its plugin's share up for every finding, and a struct of six strings
    /// came out of the dictionary as six retains and six releases each time.
    final class PluginRow: Sendable {
        let title: String
        /// `title` escaped for HTML, once for every finding item of the plugin.
        let titleHTML: String
        /// The plugin's page: every finding row links to it.
        let findingPath: RootedPath
        let cvss: String?
        let cveList: [String]
        let cves: String?
        let knownExploited: Bool
        let exploitAvailable: Bool
        let epss: String?
        /// What a finding item of the plugin shows after its link's `href` when the finding has no
        /// rating or CVEs of its own (`RowHTML.findingItemRatings`), written once for all of them.
        let ratingsHTML: [UInt8]

        init(
            title: String, findingPath: String, cvss: String?, cveList: [String], cves: String?,
            knownExploited: Bool, exploitAvailable: Bool, epss: String?
        ) {
            self.title = title
            titleHTML = HTMLBuffer.escaped(title)
            self.findingPath = RootedPath(findingPath)
            self.cvss = cvss
            self.cveList = cveList
            self.cves = cves
            self.knownExploited = knownExploited
            self.exploitAvailable = exploitAvailable
            self.epss = epss
            var ratings = HTMLBuffer(capacity: 512)
            RowHTML.findingItemRatings(
                title: .html(titleHTML), cvss: cvss, cves: cves, flags: (knownExploited, exploitAvailable),
                epss: epss, into: &ratings)
            ratingsHTML = ratings.bytes
        }
    }

    init(report: Report, catalog: ServiceCatalog, links: SiteLinks) {
        self.report = report
        self.catalog = catalog
        self.links = links
        var names: [String: String] = [:]
        for team in report.configuration.teams { names[team.id] = team.name }
        teamNames = names
        var rows: [PluginKey: Unmanaged<PluginRow>] = [:]
        var owners: [PluginRow] = []
        for (key, info) in report.scan.plugins {
            let row = ViewFactory.pluginRow(info, links: links)
            owners.append(row)
            rows[key] = Unmanaged.passUnretained(row)
        }
        pluginRows = rows
        pluginRowOwners = owners
        // Read through buffers: iterating the arrays copied each asset's and port's detail.
        var services: [Port: RootedPath] = [:]
        report.assets.withUnsafeBufferPointer { assets in
            for assetIndex in assets.indices {
                assets[assetIndex].ports.withUnsafeBufferPointer { ports in
                    for portIndex in ports.indices where services[ports[portIndex].port] == nil {
                        services[ports[portIndex].port] = RootedPath(SiteLinks.service(ports[portIndex].port))
                    }
                }
            }
        }
        servicePaths = services
        hostPaths = report.assets.indices.map { RootedPath(SiteLinks.host(id: report.assets[$0].asset.id)) }
        hostAddresses = report.scan.hosts.indices.map { index in
            report.scan.hosts[index].address?.description ?? report.scan.hosts[index].reportedName
        }
    }

    /// Makes finding lists hold `FindingItems` from now on (the factory behind them is this one as
    /// it stands, making rows).
    mutating func writesItemsDirectly() {
        itemSource = FindingItemSource(views: self)
    }

    /// Calls `body` with the plugin's share of a finding row, lent without a retain (made on the
    /// spot for a plugin the scan has no text for).
    func withPluginRow<Result>(_ key: PluginKey, _ body: (PluginRow) -> Result) -> Result {
        guard let row = pluginRows[key] else { return body(ViewFactory.pluginRow(plugin(key), links: links)) }
        return row._withUnsafeGuaranteedRef(body)
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
        // Fields read in place: a copy of the finding retained and released every field of it.
        let findings = report.scan.findings
        let severity = findings[index].severity
        let others = report.otherInputs(of: index)
        let sources = others.isEmpty ? nil : others.map { report.scan.inputs[$0].path }.joined(separator: ", ")
        return withPluginRow(findings[index].plugin) { row in
            // The finding's own rating or CVEs, when the scanner gave them per finding, as
            // `ScanResult.cvss(of:)` and `cves(of:)` choose them.
            let cvss: String? = if let own = findings[index].cvss { ViewFactory.cvssText(own) } else { row.cvss }
            var cves = row.cves
            let ownCVEs = findings[index].cves
            if !ownCVEs.isEmpty {
                cves = ViewFactory.abbreviated(ScanResult.cves(plugin: row.cveList, own: ownCVEs), limit: 6)
            }
            return FindingRow(
                severityName: severity.name, severityWord: severity.word, title: row.title,
                href: row.findingPath.from(root), cvss: cvss, cves: cves,
                knownExploited: row.knownExploited, exploitAvailable: row.exploitAvailable, epss: row.epss,
                compliance: ViewFactory.compliance(findings[index].compliance), sources: sources,
                evidence: findings[index].evidence, suppressedNote: suppressionNote(index))
        }
    }

    /// The findings of `indices` (most severe first) split as `FindingList` shows them: findings
    /// needing action, informational ones, suppressed ones. Split by index, then made into rows
    /// (for templates) or left to be written from the report (`FindingItems`).
    /// - Parameter source: where `FindingItems` are written from (this factory's, unless given:
    ///   the factory inside a source has none of its own).
    func findingList(_ indices: [Int], root: String, items source: FindingItemSource? = nil) -> FindingList {
        var actionable: [Int] = []
        var informational: [Int] = []
        var suppressed: [Int] = []
        actionable.reserveCapacity(indices.count)
        for index in indices {
            if report.isSuppressed(index) {
                suppressed.append(index)
            } else if report.scan.findings[index].severity == .info {
                informational.append(index)
            } else {
                actionable.append(index)
            }
        }
        if let itemSource = source ?? itemSource {
            return FindingList(
                items: FindingItems(
                    source: itemSource, root: root, actionable: actionable, informational: informational,
                    suppressed: suppressed))
        }
        return FindingList(
            findings: actionable.map { findingRow($0, root: root) },
            informational: informational.map { findingRow($0, root: root) },
            suppressed: suppressed.map { findingRow($0, root: root) })
    }

    /// `Suppressed until 2027-03-31 (owner network): reason`, when a suppression covers it.
    func suppressionNote(_ index: Int) -> String? {
        guard let entry = report.suppression(of: index) else { return nil }
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

    /// The link to asset `index`'s page from a page at depth `root`.
    func hostHref(_ index: Int, root: String) -> String {
        hostPaths[index].from(root)
    }

    /// The link to the port's service page from a page at depth `root`.
    func serviceHref(_ port: Port, root: String) -> String {
        servicePaths[port]?.from(root) ?? root + SiteLinks.service(port)
    }

    /// `HTTPS`, the IANA name, or "Unrecognised service".
    func serviceTitle(_ detail: PortDetail) -> String {
        serviceTitle(detail.port, serviceName: detail.serviceName)
    }

    func serviceTitle(_ port: Port, serviceName: String?) -> String {
        if let title = catalog.title(for: port, serviceName: serviceName) { return title }
        if let iana = catalog.ianaName(for: port) { return "\(iana) (IANA name)" }
        return catalog.unknown.title
    }

    /// The row of port `portIndex` of asset `assetIndex`, read in place (a copy of the port's
    /// detail retained and released each of its fields).
    /// - Parameter source: as for `findingList(_:root:items:)`.
    func portRow(
        _ portIndex: Int, of assetIndex: Int, ownerTeam: String?, root: String, items source: FindingItemSource? = nil
    ) -> PortRow {
        let severalAddresses = report.assets[assetIndex].asset.addresses.count > 1
        let assetID = report.assets[assetIndex].asset.id
        // Through a buffer, whose subscript lends the element in place: the array's copied the
        // whole port detail out for each field read.
        return report.assets[assetIndex].ports.withUnsafeBufferPointer { ports in
            let port = ports[portIndex].port
            let address = ports[portIndex].address
            let onAddress = severalAddresses ? address.map { "on \($0)" } : nil
            var ownerNote: String?
            if ports[portIndex].attribution.team != ownerTeam {
                ownerNote =
                    "Owned by \(teamName(ports[portIndex].attribution.team)): \(ports[portIndex].attribution.reason)"
            }
            let serviceName = ports[portIndex].serviceName
            let reachedThrough = ports[portIndex].reachedThrough
            return PortRow(
                anchor: SiteLinks.portAnchor(assetID: assetID, severalAddresses: severalAddresses, address, port),
                port: port.description,
                onAddress: onAddress, serviceHref: serviceHref(port, root: root),
                serviceTitle: serviceTitle(port, serviceName: serviceName),
                serviceName: serviceName?.bidiVisible, guessed: ports[portIndex].serviceGuessed,
                product: ports[portIndex].product?.bidiVisible,
                banner: ports[portIndex].banner,
                path: ports[portIndex].loadBalancerPath?.description,
                reachedThrough: reachedThrough.isEmpty ? nil : reachedThrough.joined(separator: ", "),
                ownerNote: ownerNote,
                findingList: findingList(ports[portIndex].findings, root: root, items: source))
        }
    }

    /// An asset as a block of a page, showing the given ports (all when `ports` is nil).
    /// - Parameters:
    ///   - fragments: rows written for an earlier page of the same job, copied instead of made
    ///     again; with `keeps`, where this block's rows are kept for the next pages (compiled
    ///     pages only: `PortItems`).
    func assetBlock(
        _ assetIndex: Int, ports: [Int]?, includeHostFindings: Bool, reasons: [String],
        viewingTeam: String?, root: String, fragments: RowFragments? = nil, keeps: Bool = false
    ) -> AssetBlock {
        // Ports by index, read in place: copying each port's detail retained all its fields.
        let detail = report.assets[assetIndex]
        let asset = detail.asset
        let shown = ports ?? Array(detail.ports.indices)
        let visible = shown.filter { !detail.ports[$0].collapsed }
        var notes: [FirewallNote] = []
        if report.firewallSuspects.contains(where: { $0.asset == assetIndex }) {
            let shownAddresses = Set(shown.map { detail.ports[$0].address })
            notes = report.firewallSuspects.filter { $0.asset == assetIndex && shownAddresses.contains($0.address) }
                .map(ViewFactory.firewallNote)
        }
        let hostFindings = includeHostFindings ? findingList(detail.hostFindings, root: root) : FindingList([])
        // Each address written out once for both the search text and the list.
        let addresses = asset.addresses.map(\.description)
        return AssetBlock(
            showFacts: true, anchor: SiteLinks.assetAnchor(asset), href: hostHref(assetIndex, root: root),
            name: asset.displayName,
            searchText: ([asset.displayName] + addresses + asset.names).joined(separator: " "),
            addresses: addresses.isEmpty ? "none recorded" : addresses.joined(separator: ", "),
            names: asset.names.isEmpty ? nil : asset.names.joined(separator: ", "),
            os: asset.operatingSystems.isEmpty ? nil : asset.operatingSystems.joined(separator: "; "),
            reasons: reasons, hasPorts: !visible.isEmpty,
            ports: itemSource != nil
                ? [] : visible.map { portRow($0, of: assetIndex, ownerTeam: viewingTeam, root: root) },
            hasHostFindings: !hostFindings.isEmpty, hostFindingList: hostFindings,
            closest: nil, firewallNotes: notes,
            portItems: itemSource.map { source in
                PortItems(
                    source: source, asset: assetIndex, ports: visible, viewingTeam: viewingTeam, root: root,
                    fragments: fragments?.rows(of: assetIndex, portCount: detail.ports.count), keeps: keeps)
            })
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
