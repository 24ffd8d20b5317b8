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
        html.raw("<li class=\"finding\" data-severity=\"")
        html.text(row.severityName)
        html.raw("\" data-search=\"")
        html.text(row.title)
        html.raw("\">\n<span class=\"sev sev-")
        html.text(row.severityName)
        html.raw("\">")
        html.text(row.severityWord)
        html.raw("</span>\n<a href=\"")
        html.text(row.href)
        html.raw("\">")
        html.text(row.title)
        html.raw("</a>\n")
        html.wrapped("<span class=\"meta\">CVSS ", row.cvss, "</span>")
        html.raw("\n")
        html.wrapped("<span class=\"meta\">", row.cves, "</span>")
        html.raw("\n")
        if row.knownExploited { html.raw("<span class=\"flag\">Known exploited</span>") }
        html.raw("\n")
        if row.exploitAvailable { html.raw("<span class=\"flag\">Exploit available</span>") }
        html.raw("\n")
        html.wrapped("<span class=\"meta\">EPSS ", row.epss, "</span>")
        html.raw("\n")
        html.wrapped("<p class=\"compliance\">", row.compliance, "</p>")
        html.raw("\n")
        html.wrapped("<p class=\"meta\">", row.suppressedNote, "</p>")
        html.raw("\n")
        html.wrapped("<p class=\"meta\">Also reported in: ", row.sources, "</p>")
        html.raw("\n")
        html.wrapped("<details><summary>What the scanner saw</summary><pre>", row.evidence, "</pre></details>")
        html.raw("\n</li>\n")
    }

    /// `finding-list.mustache`.
    static func findingList(_ list: FindingList, into html: inout HTMLBuffer) {
        html.raw("<ul class=\"findings\">\n")
        for row in list.findings { findingItem(row, into: &html) }
        html.raw("</ul>\n")
        if let info = list.informational {
            html.raw("<details class=\"info\"><summary>")
            html.text(info.infoCount)
            html.raw(" informational</summary>\n<ul class=\"findings\">\n")
            for row in info.infoFindings { findingItem(row, into: &html) }
            html.raw("</ul>\n</details>\n")
        }
        if let accepted = list.suppressedGroup {
            html.raw("<details class=\"suppressed\"><summary>")
            html.text(accepted.suppressedCount)
            html.raw(" suppressed (accepted risk)</summary>\n<ul class=\"findings\">\n")
            for row in accepted.suppressedFindings { findingItem(row, into: &html) }
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
