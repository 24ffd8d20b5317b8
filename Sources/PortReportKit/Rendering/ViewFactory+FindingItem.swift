extension ViewFactory {
    /// Writes the finding at `index` exactly as `RowHTML.findingItem` writes
    /// `findingRow(index, root: root)`, without making the row: the plugin's share and the
    /// finding's fields are lent to the writer in place.
    func writeFindingItem(_ index: Int, root: String, into html: inout HTMLBuffer) {
        report.scan.findings.withUnsafeBufferPointer { findings in
            let severity = findings[index].severity
            let others = report.otherInputs(of: index)
            withPluginRow(findings[index].plugin) { row in
                RowHTML.findingItemHead(severity, titleHTML: row.titleHTML, into: &html)
                html.link(row.findingPath.from(root))
                // The finding's own rating or CVEs, when the scanner gave them per finding (as in
                // `findingRow`); else the plugin's, written once for all its findings.
                let ownCVSS = findings[index].cvss
                let ownCVEs = findings[index].cves
                if ownCVSS == nil && ownCVEs.isEmpty {
                    html.raw(bytes: row.ratingsHTML)
                } else {
                    RowHTML.findingItemRatings(
                        title: .html(row.titleHTML), cvss: ownCVSS.map(ViewFactory.cvssText) ?? row.cvss,
                        cves: ownCVEs.isEmpty
                            ? row.cves
                            : ViewFactory.abbreviated(ScanResult.cves(plugin: row.cveList, own: ownCVEs), limit: 6),
                        flags: (row.knownExploited, row.exploitAvailable), epss: row.epss, into: &html)
                }
                RowHTML.findingItemRest(
                    compliance: ViewFactory.compliance(findings[index].compliance),
                    suppressedNote: suppressionNote(index),
                    sources: others.isEmpty ? nil : others.map { report.scan.inputs[$0].path }.joined(separator: ", "),
                    evidence: findings[index].evidence, into: &html)
            }
        }
    }
}
