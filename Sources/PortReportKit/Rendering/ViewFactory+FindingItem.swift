extension ViewFactory {
    /// Writes the finding at `index` exactly as `RowHTML.findingItem` writes
    /// `findingRow(index, root: root)`, without making the row: the plugin's share and the
    /// finding's fields are lent to the writer in place.
    func writeFindingItem(_ index: Int, root: String, into html: inout HTMLBuffer) {
        report.scan.findings.withUnsafeBufferPointer { findings in
            let key = findings[index].plugin
            let row = pluginRows[key] ?? ViewFactory.pluginRow(plugin(key), links: links)
            let severity = findings[index].severity
            // The finding's own rating or CVEs, when the scanner gave them per finding (as in
            // `findingRow`).
            let ownCVSS = findings[index].cvss.flatMap(ViewFactory.cvssText)
            let ownCVEs = findings[index].cves
            let others = report.otherInputs(of: index)
            RowHTML.findingItem(
                severity: (severity.name, severity.word), title: row.title, href: row.findingPath.from(root),
                cvss: findings[index].cvss == nil ? row.cvss : ownCVSS,
                cves: ownCVEs.isEmpty
                    ? row.cves : ViewFactory.abbreviated(ScanResult.cves(plugin: row.cveList, own: ownCVEs), limit: 6),
                flags: (row.knownExploited, row.exploitAvailable), epss: row.epss,
                compliance: ViewFactory.compliance(findings[index].compliance), suppressedNote: suppressionNote(index),
                sources: others.isEmpty ? nil : others.map { report.scan.inputs[$0].path }.joined(separator: ", "),
                evidence: findings[index].evidence, into: &html)
        }
    }
}
