/// The repeated blocks of pages written straight into an `HTMLBuffer`: finding items, finding
/// lists, asset blocks with their port rows, and the rows of finding and service pages.
///
/// Each function writes exactly what the Mustache partial of the same name in `Templates/site`
/// renders for the same view value; `RowRendering.templates` renders through those partials, and
/// a test builds the Sample both ways and compares every file. The partials are the reference for
/// the markup; this code exists because a build repeats these blocks hundreds of thousands of
/// times, and swift-mustache's per-tag dynamic lookups made rendering 90% of a large build.
enum RowHTML {
    /// `finding-item.mustache`.
    static func findingItem(_ row: FindingRow, into html: inout HTMLBuffer) {
        findingItem(
            severity: (row.severityName, row.severityWord), title: .text(row.title), href: row.href, cvss: row.cvss,
            cves: row.cves, flags: (row.knownExploited, row.exploitAvailable), epss: row.epss,
            compliance: row.compliance, suppressedNote: row.suppressedNote, sources: row.sources,
            evidence: row.evidence, into: &html)
    }

    /// `finding-item.mustache`, from the fields of a `FindingRow` however they were come by:
    /// `ViewFactory.writeFindingItem` passes them without making the row (arguments are lent,
    /// where storing them in a row retained each string).
    static func findingItem(
        severity: (name: String, word: String), title: Title, href: String, cvss: String?, cves: String?,
        flags: (knownExploited: Bool, exploitAvailable: Bool), epss: String?, compliance: String?,
        suppressedNote: String?, sources: String?, evidence: String?, into html: inout HTMLBuffer
    ) {
        findingItemHead(severity: severity, title: title, into: &html)
        html.link(href)
        findingItemRatings(
            title: title, cvss: cvss, cves: cves, flags: flags, epss: epss, into: &html)
        findingItemRest(
            compliance: compliance, suppressedNote: suppressedNote, sources: sources, evidence: evidence,
            into: &html)
    }

    /// The start of a finding item, up to its link's `href="`: the severity around the title.
    static func findingItemHead(severity: (name: String, word: String), title: Title, into html: inout HTMLBuffer) {
        headBeforeTitle(severityName: severity.name, into: &html)
        title.write(into: &html)
        headAfterTitle(severity: severity, into: &html)
    }

    private static func headBeforeTitle(severityName: String, into html: inout HTMLBuffer) {
        html.raw("<li class=\"finding\" data-severity=\"")
        html.text(severityName)
        html.raw("\" data-search=\"")
    }

    private static func headAfterTitle(severity: (name: String, word: String), into html: inout HTMLBuffer) {
        html.raw("\">\n<span class=\"sev sev-")
        html.text(severity.name)
        html.raw("\">")
        html.text(severity.word)
        html.raw("</span>\n<a href=\"")
    }

    /// `findingItemHead` for `severity` and a title already escaped, from bytes made once per
    /// severity (most of a large site's finding items are written this way).
    static func findingItemHead(_ severity: Severity, titleHTML: String, into html: inout HTMLBuffer) {
        let pieces = itemHeads[severity.rawValue]
        html.raw(bytes: pieces.beforeTitle)
        html.raw(html: titleHTML)
        html.raw(bytes: pieces.afterTitle)
    }

    /// What `findingItemHead` writes before and after the title, by severity (raw value).
    private static let itemHeads: [(beforeTitle: [UInt8], afterTitle: [UInt8])] = (0..<Severity.allCases.count).map {
        raw in
        let severity = Severity(rawValue: raw) ?? .info
        var before = HTMLBuffer(capacity: 64)
        headBeforeTitle(severityName: severity.name, into: &before)
        var after = HTMLBuffer(capacity: 128)
        headAfterTitle(severity: (severity.name, severity.word), into: &after)
        return (before.bytes, after.bytes)
    }

    /// The rest of a finding item's first line, after its link's `href`, and its ratings: what
    /// every finding of a plugin without ratings of its own shows alike
    /// (`ViewFactory.PluginRow.ratingsHTML`).
    static func findingItemRatings(
        title: Title, cvss: String?, cves: String?, flags: (knownExploited: Bool, exploitAvailable: Bool),
        epss: String?, into html: inout HTMLBuffer
    ) {
        html.raw("\">")
        title.write(into: &html)
        html.raw("</a>\n")
        html.wrapped("<span class=\"meta\">CVSS ", cvss, "</span>")
        html.raw("\n")
        html.wrapped("<span class=\"meta\">", cves, "</span>")
        html.raw("\n")
        if flags.knownExploited { html.raw("<span class=\"flag\">Known exploited</span>") }
        html.raw("\n")
        if flags.exploitAvailable { html.raw("<span class=\"flag\">Exploit available</span>") }
        html.raw("\n")
        html.wrapped("<span class=\"meta\">EPSS ", epss, "</span>")
        html.raw("\n")
    }

    /// The end of a finding item: what is the finding's own.
    static func findingItemRest(
        compliance: String?, suppressedNote: String?, sources: String?, evidence: String?,
        into html: inout HTMLBuffer
    ) {
        html.wrapped("<p class=\"compliance\">", compliance, "</p>")
        html.raw("\n")
        html.wrapped("<p class=\"meta\">", suppressedNote, "</p>")
        html.raw("\n")
        html.wrapped("<p class=\"meta\">Also reported in: ", sources, "</p>")
        html.raw("\n")
        html.wrapped("<details><summary>What the scanner saw</summary><pre>", evidence, "</pre></details>")
        html.raw("\n</li>\n")
    }

    /// A finding item's title: plain text to escape, or already escaped (a plugin's title,
    /// escaped once for all its findings: the bulk of the escaping of a large site).
    enum Title {
        case text(String)
        case html(String)

        func write(into html: inout HTMLBuffer) {
            switch self {
            case .text(let text): html.text(text)
            case .html(let markup): html.raw(html: markup)
            }
        }
    }

    /// `finding-list.mustache`.
    static func findingList(_ list: FindingList, into html: inout HTMLBuffer) {
        if let items = list.items {
            findingGroups(
                counts: (items.actionable.count, items.informational.count, items.suppressed.count), into: &html
            ) { group, position, html in
                let indices = group == 0 ? items.actionable : group == 1 ? items.informational : items.suppressed
                items.write(indices[position], into: &html)
            }
            return
        }
        let counts = (
            list.findings.count, list.informational?.infoCount ?? 0, list.suppressedGroup?.suppressedCount ?? 0
        )
        findingGroups(counts: counts, into: &html) { group, position, html in
            switch group {
            case 0: findingItem(list.findings[position], into: &html)
            case 1: list.informational.map { findingItem($0.infoFindings[position], into: &html) }
            default: list.suppressedGroup.map { findingItem($0.suppressedFindings[position], into: &html) }
            }
        }
    }

    /// The three groups of a finding list around their items: `item(group, position, html)`
    /// writes each (group 0 needing action, 1 informational, 2 suppressed).
    private static func findingGroups(
        counts: (actionable: Int, informational: Int, suppressed: Int), into html: inout HTMLBuffer,
        _ item: (Int, Int, inout HTMLBuffer) -> Void
    ) {
        html.raw("<ul class=\"findings\">\n")
        for position in 0..<counts.actionable { item(0, position, &html) }
        html.raw("</ul>\n")
        if counts.informational > 0 {
            html.raw("<details class=\"info\"><summary>")
            html.text(counts.informational)
            html.raw(" informational</summary>\n<ul class=\"findings\">\n")
            for position in 0..<counts.informational { item(1, position, &html) }
            html.raw("</ul>\n</details>\n")
        }
        if counts.suppressed > 0 {
            html.raw("<details class=\"suppressed\"><summary>")
            html.text(counts.suppressed)
            html.raw(" suppressed (accepted risk)</summary>\n<ul class=\"findings\">\n")
            for position in 0..<counts.suppressed { item(2, position, &html) }
            html.raw("</ul>\n</details>\n")
        }
    }

    /// `affected-row.mustache`: one place a finding was reported, on a finding page.
    static func affectedRow(_ row: AffectedRow, into html: inout HTMLBuffer) {
        html.raw("<tr data-team=\"")
        html.text(row.team)
        html.raw("\" data-severity=\"")
        html.text(row.rowSeverityName)
        html.raw("\"><th scope=\"row\"><a href=\"")
        html.text(row.href)
        html.raw("\">")
        html.text(row.label)
        html.raw("</a><p class=\"meta\">")
        html.text(row.address)
        html.raw("</p></th><td>")
        html.text(row.portText)
        html.raw("</td><td>")
        html.text(row.team)
        html.raw("</td><td><span class=\"sev sev-")
        html.text(row.rowSeverityName)
        html.raw("\">")
        html.text(row.rowSeverityWord)
        html.raw("</span></td><td>")
        html.wrapped("<pre class=\"banner\">", row.output, "</pre>")
        html.wrapped("<p>", row.compliance, "</p>")
        html.wrapped("<p class=\"meta\">", row.rowCVEs, "</p>")
        html.wrapped("<p class=\"meta\"><strong>", row.rowSuppressed, "</strong></p>")
        html.raw("</td></tr>\n")
    }

    /// `service-row.mustache`: one system with a port open, on a service page.
    static func serviceRow(_ row: ServiceRow, into html: inout HTMLBuffer) {
        html.raw("<tr data-team=\"")
        html.text(row.team)
        html.raw("\" data-severity=\"")
        html.text(row.severityName)
        html.raw("\"><th scope=\"row\"><a href=\"")
        html.text(row.href)
        html.raw("\">")
        html.text(row.label)
        html.raw("</a></th><td>")
        html.text(row.team)
        html.raw("</td><td>")
        html.text(row.serviceName)
        html.raw("</td><td>")
        html.wrapped("<pre class=\"banner\">", row.banner, "</pre>")
        html.raw("</td><td><span class=\"sev sev-")
        html.text(row.severityName)
        html.raw("\">")
        html.text(row.severityWord)
        html.raw("</span></td></tr>\n")
    }
}
