/// The HTML body of a team's message.
///
/// Mail clients drop `<style>` elements and external stylesheets, so every style is an inline
/// `style` attribute, and the layout uses tables, which every client renders. There are no
/// images and no scripts: the message reads the same with both blocked. Severity is written as a
/// word on its colour, never as colour alone, as on the site.
///
/// Every piece of text goes through `HTMLBuffer.escaped(_:)`; only the literal markup of this file is
/// written raw.
enum TeamMailHTML {
    static func render(_ digest: TeamMailDigest, heading: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLBuffer.escaped(heading))</title>
            </head>
            <body style="\(Style.body)">
            <h1 style="\(Style.heading1)">\(HTMLBuffer.escaped(heading))</h1>
            <p style="\(Style.muted)">\(HTMLBuffer.escaped(digest.reportTitle)), scans up to \(HTMLBuffer.escaped(digest.asOf))</p>

            """
        html += summary(digest)
        html += "<h2 style=\"\(Style.heading2)\">Most severe findings</h2>\n"
        if digest.findings.isEmpty {
            html += "<p style=\"\(Style.paragraph)\">No findings above Info.</p>\n"
        } else {
            html += findingTable(digest)
        }
        if digest.moreFindings > 0 {
            html +=
                "<p style=\"\(Style.paragraph)\">and \(digest.moreFindings) more on "
                + link("the team page", digest.url(digest.teamPage)) + ".</p>\n"
        }
        html += "<h2 style=\"\(Style.heading2)\">Systems</h2>\n" + systemTable(digest)
        if digest.moreSystems > 0 {
            html +=
                "<p style=\"\(Style.paragraph)\">and \(digest.moreSystems) more systems on "
                + link("the team page", digest.url(digest.teamPage)) + ".</p>\n"
        }
        if !digest.firewalls.isEmpty {
            html += "<h2 style=\"\(Style.heading2)\">Probable firewall</h2>\n"
            for sentence in digest.firewalls {
                html += "<p style=\"\(Style.paragraph)\">\(HTMLBuffer.escaped(sentence))</p>\n"
            }
        }
        let purpose = "every finding with the scanner's evidence, the services explained and why each system is yours"
        if let url = digest.url(digest.teamPage) {
            html +=
                "<p style=\"\(Style.footer)\">\(link("Open the team page", url)): \(HTMLBuffer.escaped(purpose)).</p>\n"
        } else {
            html +=
                "<p style=\"\(Style.footer)\">The team page has \(HTMLBuffer.escaped(purpose)): open <code>"
                + "\(HTMLBuffer.escaped(digest.teamPage))</code> in the report site “\(HTMLBuffer.escaped(digest.reportTitle))”.</p>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    private static func summary(_ digest: TeamMailDigest) -> String {
        let systems = digest.systemCount == 1 ? "1 system" : "\(digest.systemCount) systems"
        var html = "<p style=\"\(Style.paragraph)\">Findings on \(systems):</p>\n"
        html += "<table role=\"presentation\" style=\"\(Style.countTable)\"><tr>\n"
        for severity in Severity.allCases.reversed() {
            html += "<td style=\"\(Style.countCell)\">\(badge(severity)) \(digest.counts[severity] ?? 0)</td>\n"
        }
        html += "</tr></table>\n"
        if digest.suppressed > 0 {
            html +=
                "<p style=\"\(Style.muted)\">\(digest.suppressed) more are suppressed (accepted risks) "
                + "and not counted.</p>\n"
        }
        return html
    }

    private static func findingTable(_ digest: TeamMailDigest) -> String {
        var html = "<table style=\"\(Style.table)\">\n<tr>"
        for heading in ["Severity", "Finding", "Port", "System"] {
            html += "<th scope=\"col\" style=\"\(Style.headerCell)\">\(heading)</th>"
        }
        html += "</tr>\n"
        for finding in digest.findings {
            let address =
                finding.address.map { "<br><span style=\"\(Style.small)\">\(HTMLBuffer.escaped($0))</span>" } ?? ""
            html +=
                "<tr><td style=\"\(Style.cell)\">\(badge(finding.severity))</td>"
                + "<td style=\"\(Style.cell)\">\(link(finding.title, digest.url(finding.findingPage)))</td>"
                + "<td style=\"\(Style.cellNoWrap)\">\(HTMLBuffer.escaped(finding.port))</td>"
                + "<td style=\"\(Style.cell)\">\(link(finding.system, digest.url(finding.hostPage)))\(address)</td>"
                + "</tr>\n"
        }
        return html + "</table>\n"
    }

    private static func systemTable(_ digest: TeamMailDigest) -> String {
        var html = "<table style=\"\(Style.table)\">\n<tr>"
        for heading in ["System", "Addresses", "Findings above Info"] {
            html += "<th scope=\"col\" style=\"\(Style.headerCell)\">\(heading)</th>"
        }
        html += "</tr>\n"
        for system in digest.systems {
            let findings =
                system.counts.isEmpty
                ? "<span style=\"\(Style.small)\">none</span>"
                : (system.highest.map(badge) ?? "") + " " + HTMLBuffer.escaped(system.counts)
            html +=
                "<tr><td style=\"\(Style.cell)\">\(link(system.name, digest.url(system.hostPage)))</td>"
                + "<td style=\"\(Style.cell)\">\(HTMLBuffer.escaped(system.addresses))</td>"
                + "<td style=\"\(Style.cell)\">\(findings)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// The severity word on its colour: `<span style="…">Critical</span>`.
    private static func badge(_ severity: Severity) -> String {
        "<span style=\"\(Style.badge(severity))\">\(severity.word)</span>"
    }

    /// `text` as a link to `url`, or as plain text when there is nowhere to link to.
    private static func link(_ text: String, _ url: String?) -> String {
        guard let url else { return HTMLBuffer.escaped(text) }
        return "<a href=\"\(HTMLBuffer.escaped(url))\" style=\"\(Style.link)\">\(HTMLBuffer.escaped(text))</a>"
    }

    /// The inline styles, in one place. The colours are the site's (`style.css`).
    enum Style {
        static let text = "#1b1f24"
        static let mutedText = "#57606a"
        static let line = "#d0d7de"
        static let font = "font-family:Arial,Helvetica,sans-serif"

        static let body =
            "margin:0;padding:16px;background-color:#ffffff;color:\(text);\(font);font-size:14px;line-height:1.4"
        static let heading1 = "margin:0 0 4px 0;color:\(text);\(font);font-size:20px"
        static let heading2 = "margin:24px 0 8px 0;color:\(text);\(font);font-size:16px"
        static let paragraph = "margin:0 0 8px 0;color:\(text)"
        static let muted = "margin:0 0 12px 0;color:\(mutedText)"
        static let footer = "margin:24px 0 0 0;padding-top:8px;border-top:1px solid \(line);color:\(text)"
        static let small = "color:\(mutedText);font-size:12px"
        static let link = "color:#0550ae;text-decoration:underline"
        static let table = "border-collapse:collapse;width:100%;max-width:760px"
        static let countTable = "border-collapse:collapse;margin:0 0 8px 0"
        static let countCell = "padding:4px 12px 4px 0;color:\(text);white-space:nowrap"
        static let headerCell =
            "text-align:left;padding:6px 8px;border-bottom:2px solid \(line);color:\(text);font-size:13px"
        static let cell =
            "text-align:left;padding:6px 8px;border-bottom:1px solid \(line);color:\(text);vertical-align:top"
        static let cellNoWrap = cell + ";white-space:nowrap"

        static func badge(_ severity: Severity) -> String {
            let (background, foreground) =
                switch severity {
                case .critical: ("#8b0000", "#ffffff")
                case .high: ("#c4320a", "#ffffff")
                case .medium: ("#f0b429", "#1b1f24")
                case .low: ("#2f6f3e", "#ffffff")
                case .info: ("#e1e4e8", "#1b1f24")
                }
            return "display:inline-block;padding:1px 6px;border-radius:3px;font-size:12px;font-weight:bold;"
                + "background-color:\(background);color:\(foreground)"
        }
    }
}
