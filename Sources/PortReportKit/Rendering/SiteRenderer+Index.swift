extension SiteRenderer {
    func indexPage() -> IndexPage {
        indexPage(affected: affectedByPlugin())
    }

    /// - Parameter affected: `affectedByPlugin()`, made once for the index and the finding pages.
    func indexPage(affected: [(PluginKey, [AffectedPlace])]) -> IndexPage {
        let allFindings = report.shownFindings.filter { !report.isSuppressed($0) }
        let severities = Severity.allCases.reversed()
        var teamRows: [TeamRow] = []
        var unassignedAssets = 0
        var unassignedFindings = 0
        for section in report.sections {
            let findings = report.activeFindings(in: section)
            guard let team = section.team else {
                unassignedAssets = section.assets.count
                unassignedFindings = findings.count
                continue
            }
            let counts = ViewFactory.severityCounts(findings.map { report.scan.findings[$0].severity })
            teamRows.append(
                TeamRow(
                    href: SiteLinks.team(team.id), label: team.name, assets: section.assets.count,
                    cells: counts.map { TeamRow.Cell(name: $0.name, count: $0.count) }))
        }
        let failures = report.scan.inputs.compactMap { input in
            input.error.map { FailedInputs.Failure(path: input.path, error: $0) }
        }
        let inputs = report.scan.inputs.map { input in
            InputRow(
                path: input.path, format: input.format, records: input.records, kept: input.kept,
                skipped: input.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
                    separator: "; "),
                error: input.error)
        }
        let top = topFindings(affected)
        return IndexPage(
            chrome: chrome(root: "", title: "Overview"), root: "", heading: report.configuration.title,
            leadText:
                "\(SiteRenderer.count(allFindings.count, "finding")) on \(SiteRenderer.count(report.assets.count, "system")) "
                + "from \(SiteRenderer.count(report.scan.inputs.count, "scan file")), scanned up to \(report.asOf).",
            totalFindings: allFindings.count, totalAssets: report.assets.count, inputCount: report.scan.inputs.count,
            failedInputs: failures.isEmpty ? nil : FailedInputs(failures: failures),
            counts: ViewFactory.severityCounts(allFindings.map { report.scan.findings[$0].severity }),
            severityHeadings: severities.map(\.word), chart: SiteRenderer.chart(teamRows), teamRows: teamRows,
            unassignedAssets: unassignedAssets, unassignedFindings: unassignedFindings,
            hasTopFindings: !top.isEmpty, topFindings: top, inputs: inputs,
            suppressedCount: report.suppressedBy.isEmpty ? nil : report.suppressedBy.count,
            hasFirewallSuspects: !report.firewallSuspects.isEmpty,
            firewallSuspects: suspectLinks(report.firewallSuspects, root: ""),
            expiredSuppressions: expiredSuppressionTexts(), hasExpiredSuppressions: !report.expiredSuppressions.isEmpty)
    }

    /// Bars of at most 520 px for the largest team, 28 px apart, labels in a 180 px column.
    /// Informational findings are left out: they are context and would drown the rest.
    static func chart(_ rows: [TeamRow]) -> SeverityChart {
        let labelWidth = 180
        let barWidth = 520
        let rows = rows.map { row in
            var actionable = row
            actionable.cells = row.cells.filter { $0.name != Severity.info.name }
            return actionable
        }
        let largest = max(1, rows.map { $0.cells.reduce(0) { $0 + $1.count } }.max() ?? 1)
        let chartRows = rows.enumerated().map { offset, row -> SeverityChart.Row in
            var x = labelWidth
            let y = 8 + offset * 28
            var segments: [SeverityChart.Segment] = []
            for cell in row.cells where cell.count > 0 {
                let width = max(2, cell.count * barWidth / largest)
                let word = Severity.allCases.first { $0.name == cell.name }?.word ?? cell.name
                segments.append(
                    SeverityChart.Segment(x: x, width: width, name: cell.name, word: word, count: cell.count))
                x += width
            }
            let total = row.cells.reduce(0) { $0 + $1.count }
            return SeverityChart.Row(
                label: row.label, y: y, textY: y + 15, total: total, totalX: x + 6, segments: segments)
        }
        let legend = Severity.allCases.reversed().filter { $0 != .info }.map {
            SeverityCount(name: $0.name, word: $0.word, count: 0)
        }
        return SeverityChart(
            width: labelWidth + barWidth + 60, height: 16 + rows.count * 28, rows: chartRows, severityLegend: legend)
    }

    /// `1 system`, `2 systems`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    func suspectLinks(_ suspects: [FirewallSuspect], root: String) -> [SuspectLink] {
        suspects.map { suspect in
            let asset = report.assets[suspect.asset].asset
            return SuspectLink(
                href: root + SiteLinks.host(asset), label: asset.displayName,
                suspectAddress: suspect.address?.description ?? "", answering: suspect.answering)
        }
    }

    /// `nessus:10114 in 10.0.0.0/8 expired on 2026-01-31 (portreport.yml line 90): reason`.
    func expiredSuppressionTexts() -> [String] {
        report.expiredSuppressions.map { index in
            let suppression = report.configuration.suppressions[index]
            let what = [suppression.plugin?.description, suppression.scope.map { "in \($0)" }].compactMap { $0 }
                .joined(separator: " ")
            return "\(what) expired on \(suppression.expires ?? "?") (line \(suppression.line)): \(suppression.reason)"
        }
    }

    /// The ten plugins of severity Low or above that affect the most assets, from each plugin's
    /// places (`affectedByPlugin()`, in asset order, so an asset's places are next to each other).
    private func topFindings(_ affected: [(PluginKey, [AffectedPlace])]) -> [TopFinding] {
        var ranked: [(key: PluginKey, assets: Int, severity: Severity)] = []
        report.scan.findings.withUnsafeBufferPointer { findings in
            for (key, places) in affected {
                var assets = 0
                var last = -1
                var highest = Severity.info
                for place in places {
                    let severity = findings[place.finding].severity
                    guard severity >= .low, !report.isSuppressed(place.finding) else { continue }
                    if place.asset != last {
                        assets += 1
                        last = place.asset
                    }
                    highest = max(highest, severity)
                }
                if assets > 0 { ranked.append((key, assets, highest)) }
            }
        }
        ranked.sort { lhs, rhs in
            if lhs.assets != rhs.assets { return lhs.assets > rhs.assets }
            if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
            return lhs.key < rhs.key
        }
        return ranked.prefix(10).map { entry in
            TopFinding(
                href: links.finding(entry.key), title: views.plugin(entry.key).name, severityName: entry.severity.name,
                severityWord: entry.severity.word, assets: entry.assets)
        }
    }
}
