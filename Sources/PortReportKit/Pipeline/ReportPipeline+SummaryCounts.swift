extension ReportPipeline {
    /// The numbers the build's summary prints: findings by severity, and systems and findings
    /// per team.
    struct SummaryCounts: Sendable {
        var bySeverity: [Severity: Int] = [:]
        var teams: [(String, String, Int, Int)] = []
        var unassigned = (0, 0)

        init(_ report: Report) {
            // Counted in an array, findings read in place: a dictionary update per finding (and
            // a copy of each finding) was most of this, on one core beside the renderer's set-up.
            var counts = [Int](repeating: 0, count: Severity.allCases.count)
            report.scan.findings.withUnsafeBufferPointer { findings in
                for index in report.shownFindings where !report.isSuppressed(index) {
                    counts[findings[index].severity.rawValue] += 1
                }
            }
            for severity in Severity.allCases where counts[severity.rawValue] > 0 {
                bySeverity[severity] = counts[severity.rawValue]
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
