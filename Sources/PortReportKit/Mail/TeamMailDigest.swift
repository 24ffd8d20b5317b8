/// What one team's message says, worked out once from the report and then written twice: as
/// plain text and as HTML.
struct TeamMailDigest {
    /// One of the most severe findings.
    struct FindingLine {
        var severity: Severity
        /// The plugin's name (untrusted text).
        var title: String
        /// `443/tcp`, or `host` for a finding about the host as a whole.
        var port: String
        /// The system's display name (untrusted text).
        var system: String
        /// The address the finding was on, when the system has several.
        var address: String?
        /// Site-relative pages: the finding's and the system's.
        var findingPage: String
        var hostPage: String
    }

    /// One of the team's systems.
    struct SystemLine {
        var name: String
        var addresses: String
        /// The most severe finding shown to the team, `nil` when none is.
        var highest: Severity?
        /// Findings above Info, most severe first: `1 high, 3 medium`; empty when there are none.
        var counts: String
        var hostPage: String
    }

    var teamPage: String
    var reportTitle: String
    var asOf: String
    /// Findings by severity, suppressed ones left out.
    var counts: [Severity: Int]
    var suppressed: Int
    var systemCount: Int
    var findings: [FindingLine]
    /// Findings above Info not listed in `findings`.
    var moreFindings: Int
    var systems: [SystemLine]
    var moreSystems: Int
    /// One sentence per probable firewall among the team's systems.
    var firewalls: [String]
    /// The share the site is published on, without a trailing `/`; `nil` when unknown.
    var baseURL: String?

    /// `1 critical, 0 high, 11 medium, 3 low, 40 info`.
    var countsText: String {
        Severity.allCases.reversed().map { "\(counts[$0] ?? 0) \($0.name)" }.joined(separator: ", ")
    }

    /// The address of a site page on the share, or `nil` without a base URL.
    func url(_ page: String) -> String? {
        baseURL.map { "\($0)/\(page)" }
    }

    /// Findings of a team above Info in the list, at most this many: a mail is read at a
    /// glance, the team page has the rest.
    static let findingLimit = 20
    static let systemLimit = 20

    /// - Parameter links: the site's page names, made once for all teams (finding pages are
    ///   named by allocating slugs over every plugin of the report).
    init(report: Report, section: TeamSection, team: Team, links: SiteLinks, baseURL: String?) {
        let scan = report.scan
        teamPage = SiteLinks.team(team.id)
        reportTitle = HeaderEncoding.sanitised(report.configuration.title)
        asOf = report.asOf
        self.baseURL = baseURL

        let active = report.activeFindings(in: section)
        suppressed = report.findings(in: section).count - active.count
        counts = [:]
        for index in active { counts[scan.findings[index].severity, default: 0] += 1 }
        systemCount = section.assets.count

        let ranked = FindingOrder.sorted(active.filter { scan.findings[$0].severity > .info }, in: scan)
        findings = ranked.prefix(TeamMailDigest.findingLimit).map { index in
            let finding = scan.findings[index]
            let asset = report.assets[report.assetOfHost[finding.host]].asset
            let address = scan.hosts[finding.host].address
            let title =
                scan.plugins[finding.plugin]?.name
                ?? "\(finding.plugin.scanner.displayName) plugin \(finding.plugin.id)"
            // Scanner text is one line here: a line break or terminal escape in a title would
            // break the layout of the plain-text part.
            return FindingLine(
                severity: finding.severity, title: HeaderEncoding.sanitised(title),
                port: finding.port?.description ?? "host", system: HeaderEncoding.sanitised(asset.displayName),
                address: asset.addresses.count > 1 ? address?.description : nil,
                findingPage: links.finding(finding.plugin), hostPage: SiteLinks.host(asset))
        }
        moreFindings = ranked.count - findings.count

        let systemLines = section.assets.map { item -> SystemLine in
            let detail = report.assets[item.asset]
            let shown = item.ports.flatMap { detail.ports[$0].findings } + (item.ownsAsset ? detail.hostFindings : [])
            let severities = shown.filter { !report.isSuppressed($0) }.map { scan.findings[$0].severity }
            var tally: [Severity: Int] = [:]
            for severity in severities where severity > .info { tally[severity, default: 0] += 1 }
            let counts = Severity.allCases.reversed().compactMap { severity in
                tally[severity].map { "\($0) \(severity.name)" }
            }
            return SystemLine(
                name: HeaderEncoding.sanitised(detail.asset.displayName),
                addresses: detail.asset.addresses.map(\.description).joined(separator: ", "),
                highest: severities.max(), counts: counts.joined(separator: ", "),
                hostPage: SiteLinks.host(detail.asset))
        }
        // Most severe first; ties keep the team page's order.
        let sortedSystems = systemLines.enumerated().sorted { lhs, rhs in
            let left = lhs.element.highest?.rawValue ?? -1
            let right = rhs.element.highest?.rawValue ?? -1
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        systems = Array(sortedSystems.prefix(TeamMailDigest.systemLimit))
        moreSystems = sortedSystems.count - systems.count

        firewalls = report.firewallSuspects.filter { suspect in
            section.assets.contains { $0.asset == suspect.asset }
        }.map { suspect in
            let place = suspect.address?.description ?? report.assets[suspect.asset].asset.displayName
            return "\(place) answered on \(suspect.answering) ports, more than the \(suspect.threshold) a real "
                + "server usually has: probably a firewall or SYN proxy answering for every port. Its ports with "
                + "nothing behind them are summarised on the team page."
        }
    }
}
