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
        if let cvss = row.cvss {
            html.raw("<span class=\"meta\">CVSS ")
            html.text(cvss)
            html.raw("</span>")
        }
        html.raw("\n")
        if let cves = row.cves {
            html.raw("<span class=\"meta\">")
            html.text(cves)
            html.raw("</span>")
        }
        html.raw("\n")
        if row.knownExploited { html.raw("<span class=\"flag\">Known exploited</span>") }
        html.raw("\n")
        if row.exploitAvailable { html.raw("<span class=\"flag\">Exploit available</span>") }
        html.raw("\n")
        if let epss = row.epss {
            html.raw("<span class=\"meta\">EPSS ")
            html.text(epss)
            html.raw("</span>")
        }
        html.raw("\n")
        if let compliance = row.compliance {
            html.raw("<p class=\"compliance\">")
            html.text(compliance)
            html.raw("</p>")
        }
        html.raw("\n")
        if let note = row.suppressedNote {
            html.raw("<p class=\"meta\">")
            html.text(note)
            html.raw("</p>")
        }
        html.raw("\n")
        if let sources = row.sources {
            html.raw("<p class=\"meta\">Also reported in: ")
            html.text(sources)
            html.raw("</p>")
        }
        html.raw("\n")
        if let evidence = row.evidence {
            html.raw("<details><summary>What the scanner saw</summary><pre>")
            html.text(evidence)
            html.raw("</pre></details>")
        }
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
        if let output = row.output {
            html.raw("<pre class=\"banner\">")
            html.text(output)
            html.raw("</pre>")
        }
        if let compliance = row.compliance {
            html.raw("<p>")
            html.text(compliance)
            html.raw("</p>")
        }
        if let cves = row.rowCVEs {
            html.raw("<p class=\"meta\">")
            html.text(cves)
            html.raw("</p>")
        }
        if let suppressed = row.rowSuppressed {
            html.raw("<p class=\"meta\"><strong>")
            html.text(suppressed)
            html.raw("</strong></p>")
        }
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
        if let banner = row.banner {
            html.raw("<pre class=\"banner\">")
            html.text(banner)
            html.raw("</pre>")
        }
        html.raw("</td><td><span class=\"sev sev-")
        html.text(row.severityName)
        html.raw("\">")
        html.text(row.severityWord)
        html.raw("</span></td></tr>\n")
    }
}
