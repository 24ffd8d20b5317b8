extension ReportPipeline {
    /// The numbers the build's summary prints: findings by severity, and systems and findings
    /// per team.
    struct SummaryCounts: Sendable {
        var bySeverity: [Severity: Int] = [:]
        var teams: [(String, String, Int, Int)] = []
        var unassigned = (0, 0)

        init(_ report: Report) {
            for index in report.shownFindings where !report.isSuppressed(index) {
                bySeverity[report.scan.findings[index].severity, default: 0] += 1
            }
            for section in report.sections {
                let findings = report.activeFindings(in: section).count
                if let team = section.team {
                    teams.append((team.id, team.name, section.assets.count, findings))
                } else {
                    unassigned = (section.assets.count, findings)
                }
            }
        }
    }
}
