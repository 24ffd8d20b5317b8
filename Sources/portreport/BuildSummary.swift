import PortReportKit

/// The one-screen summary printed after a build.
enum BuildSummary {
    static func text(_ outcome: BuildOutcome, timings: Bool) -> String {
        var lines: [String] = []
        lines.append("Inputs")
        for input in outcome.inputs {
            var line =
                "  \(FormatDetector.printable(input.path)) [\(input.format)]: \(input.records) read, \(input.kept) kept"
            if !input.skipped.isEmpty {
                let reasons = input.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                line += ", \(input.skippedCount) skipped (\(reasons.joined(separator: "; ")))"
            }
            if input.error != nil { line += ", FAILED (see below)" }
            lines.append(line)
        }
        let severities = Severity.allCases.reversed().map {
            "\(outcome.findingsBySeverity[$0] ?? 0) \($0.word.lowercased())"
        }
        var findings = "Findings: " + severities.joined(separator: ", ")
        if outcome.suppressed > 0 { findings += " (\(outcome.suppressed) more suppressed)" }
        lines.append(findings)
        for expired in outcome.expiredSuppressions { lines.append("Expired suppression: \(expired)") }
        if !outcome.firewallSuspects.isEmpty {
            let list = outcome.firewallSuspects.map { "\($0.address) (\($0.answering) ports)" }
            lines.append("Probable firewalls: " + list.joined(separator: ", "))
        }
        for diagnostic in outcome.diagnostics.prefix(5) { lines.append(diagnostic.description) }
        if outcome.diagnostics.count > 5 {
            lines.append("… and \(outcome.diagnostics.count - 5) more warnings (portreport check lists them all)")
        }
        lines.append("Teams")
        for team in outcome.teams {
            lines.append("  \(team.name) (\(team.id)): \(team.assets) systems, \(team.findings) findings")
        }
        lines.append("  Unassigned: \(outcome.unassignedAssets) systems, \(outcome.unassignedFindings) findings")
        if timings { lines += BuildSummary.timings(outcome) }
        lines.append("Wrote \(outcome.fileCount) files. Open \(outcome.indexPath)")
        return lines.joined(separator: "\n")
    }

    /// `Timings`, then a line a stage: milliseconds and the peak memory so far (decimal MB, as the
    /// benchmark counts).
    static func timings(_ outcome: BuildOutcome) -> [String] {
        var lines = ["Timings"]
        for (index, (stage, seconds)) in outcome.timings.enumerated() {
            let milliseconds = (seconds * 1000).rounded()
            var line = "  \(stage): \(Int(milliseconds)) ms"
            if index < outcome.peakMemory.count {
                line += " (peak memory so far \(outcome.peakMemory[index] / 1_000_000) MB)"
            }
            lines.append(line)
        }
        return lines
    }
}
