/// What every page of one team (or of Unassigned) shows about the whole section: computed once per
/// section, not once per page (the Unassigned section of a million findings has hundreds of pages).
struct SectionSummary: Sendable {
    /// Findings no suppression covers.
    var findingCount: Int
    /// Findings a suppression covers.
    var suppressedCount: Int
    var counts: [SeverityCount]
    /// Firewall suspects among the section's assets.
    var suspects: [FirewallSuspect]

    init(_ section: TeamSection, report: Report) {
        let all = report.findings(in: section)
        var severities: [Severity] = []
        severities.reserveCapacity(all.count)
        for index in all where !report.isSuppressed(index) {
            severities.append(report.scan.findings[index].severity)
        }
        findingCount = severities.count
        suppressedCount = all.count - severities.count
        counts = ViewFactory.severityCounts(severities)
        let assets = Set(section.assets.map(\.asset))
        suspects = report.firewallSuspects.filter { assets.contains($0.asset) }
    }
}
