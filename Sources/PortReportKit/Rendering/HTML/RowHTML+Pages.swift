extension RowHTML {
    /// `team.mustache`, with its asset blocks written in place.
    static func teamPage(_ page: TeamPage, shell: PageShell) -> HTMLBuffer {
        shell.page(title: page.chrome.pageTitle, capacity: 65536) { html in
            html.raw("<h1>")
            html.text(page.heading)
            html.raw("</h1>\n")
            html.wrapped("<p class=\"lead\">Contact: ", page.contacts, "</p>")
            html.raw("\n")
            pager(page.pager, into: &html)
            if page.isFirstPage {
                html.raw("<section aria-labelledby=\"sum-h\">\n<h2 id=\"sum-h\">Summary</h2>\n<p>")
                html.text(page.assetCount)
                html.raw(" systems, ")
                html.text(page.findingCount)
                html.raw(" findings")
                if let suppressed = page.suppressedCount {
                    html.raw(" (")
                    html.text(suppressed)
                    html.raw(" more suppressed)")
                }
                html.raw(". <a href=\"")
                html.text(page.csvHref)
                html.raw("\">Download them as CSV</a> for a spreadsheet.</p>\n")
                severityCounts(page.counts, into: &html)
                html.raw("<div data-finding-filter></div>\n")
                if page.hasFirewallSuspects {
                    html.raw("<div class=\"alert\" role=\"note\"><p>Probable firewall: ")
                    for suspect in page.firewallSuspects {
                        html.raw("<a href=\"")
                        html.text(suspect.href)
                        html.raw("\">")
                        html.text(suspect.label)
                        html.raw("</a> (")
                        html.text(suspect.suspectAddress)
                        html.raw(") answered on ")
                        html.text(suspect.answering)
                        html.raw(" ports. ")
                    }
                    html.raw("Its empty ports are summarised below, not listed.</p></div>")
                }
                html.raw("\n")
                if page.hasAssets {
                    html.raw("<nav aria-label=\"Systems on this page\" class=\"toc\">\n<h3>Systems</h3>\n<ul>")
                    for link in page.assetLinks {
                        html.raw("<li><a href=\"")
                        html.text(link.href)
                        html.raw("\">")
                        html.text(link.label)
                        html.raw("</a> <span class=\"sev sev-")
                        html.text(link.severityName)
                        html.raw("\">")
                        html.text(link.severityWord)
                        html.raw("</span></li>")
                    }
                    html.raw("</ul>\n</nav>\n")
                } else {
                    html.raw("<p>Nothing in these scans belongs to this team.</p>")
                }
                html.raw("\n</section>")
            }
            html.raw("\n")
            if !page.isFirstPage { html.raw("<div data-finding-filter></div>") }
            html.raw("\n")
            for block in page.assets { assetBlock(block, into: &html) }
            html.raw("\n")
            if page.hasServices {
                html.raw(
                    "<section aria-labelledby=\"svc-h\" class=\"explanations\">\n<h2 id=\"svc-h\">What these services are</h2>\n"
                )
                for service in page.services {
                    html.raw("<details id=\"svc-")
                    html.text(service.slug)
                    html.raw("\"><summary>")
                    html.text(service.serviceHeading)
                    html.raw("</summary><div class=\"explanation\">")
                    // Our own explanations, rendered from Markdown by libcmark: `{{{html}}}`.
                    html.raw(html: service.html)
                    html.raw("</div></details>\n")
                }
                html.raw("</section>\n")
            }
            pager(page.pager, into: &html)
        }
    }

    /// `unassigned.mustache`, with its asset blocks written in place.
    static func unassignedPage(_ page: UnassignedPage, shell: PageShell) -> HTMLBuffer {
        shell.page(title: page.chrome.pageTitle, capacity: 65536) { html in
            html.raw("<h1>")
            html.text(page.heading)
            html.raw("</h1>\n")
            pager(page.pager, into: &html)
            html.raw(
                "<p class=\"lead\">No ownership rule in the configuration matches these systems or ports. This is a triage list, not an error: add an <code>owns:</code> rule for the right team (the closest existing rules are shown to help), then build again.</p>\n"
            )
            severityCounts(page.counts, into: &html)
            html.raw("<div data-finding-filter></div>\n")
            if !page.hasAssets { html.raw("<p>Every system in these scans has an owner.</p>") }
            html.raw("\n")
            for block in page.assets { assetBlock(block, into: &html) }
            html.raw("\n")
            pager(page.pager, into: &html)
        }
    }

    /// `finding.mustache`, with its rows written in place.
    static func findingPage(_ page: FindingPage, shell: PageShell) -> HTMLBuffer {
        shell.page(title: page.chrome.pageTitle, capacity: 16384 + 512 * page.rows.count) { html in
            html.raw("<h1>")
            html.text(page.heading)
            html.raw("</h1>\n<p class=\"lead\"><span class=\"sev sev-")
            html.text(page.severityName)
            html.raw("\">")
            html.text(page.severityWord)
            html.raw("</span> ")
            html.text(page.scannerName)
            html.raw(" plugin ")
            html.text(page.pluginID)
            html.wrapped(", family ", page.family, "")
            html.raw(". ")
            html.text(page.affectedText)
            html.raw("</p>\n<dl class=\"facts\">\n")
            for row in page.cvssRows {
                html.raw("<dt>CVSS ")
                html.text(row.version)
                html.raw("</dt><dd>")
                html.text(row.score)
                html.wrapped(" <code>", row.vector, "</code>")
                html.raw("</dd>")
            }
            html.raw("\n")
            html.wrapped("<dt>CVE</dt><dd>", page.cves, "</dd>")
            html.raw("\n")
            html.wrapped("<dt>CWE</dt><dd>", page.cwes, "</dd>")
            html.raw("\n")
            html.wrapped("<dt>EPSS</dt><dd>", page.epss, "</dd>")
            html.raw("\n")
            html.wrapped("<dt>VPR</dt><dd>", page.vpr, "</dd>")
            html.raw("\n")
            if page.exploitAvailable { html.raw("<dt>Exploit</dt><dd>A public exploit is available.</dd>") }
            html.raw("\n")
            html.wrapped(
                "<dt>Known exploited</dt><dd>Listed in CISA's Known Exploited Vulnerabilities catalogue (",
                page.knownExploited,
                ").</dd>")
            html.raw("\n</dl>\n")
            html.wrapped(
                "<section aria-labelledby=\"syn-h\"><h2 id=\"syn-h\">Summary</h2><p class=\"text\">", page.synopsis,
                "</p></section>")
            html.raw("\n")
            html.wrapped(
                "<section aria-labelledby=\"desc-h\"><h2 id=\"desc-h\">Description</h2><p class=\"text\">",
                page.descriptionText, "</p></section>")
            html.raw("\n")
            html.wrapped(
                "<section aria-labelledby=\"sol-h\"><h2 id=\"sol-h\">What to do</h2><p class=\"text\">", page.solution,
                "</p></section>")
            html.raw("\n")
            if let seeAlso = page.seeAlso {
                html.raw("<section aria-labelledby=\"ref-h\"><h2 id=\"ref-h\">References</h2><ul class=\"refs\">")
                html.each(seeAlso.items, "<li><code>", "</code></li>")
                html.raw("</ul></section>")
            }
            html.raw("\n<section aria-labelledby=\"aff-h\">\n<h2 id=\"aff-h\">Affected systems and ports</h2>\n")
            pager(page.pager, into: &html)
            html.raw(
                "<div class=\"table-wrap\"><table class=\"summary\" data-sortable data-filterable>\n<caption>Every place this finding was reported, with what the scanner saw there</caption>\n<thead><tr><th scope=\"col\">System</th><th scope=\"col\">Port</th><th scope=\"col\">Team</th><th scope=\"col\">Severity</th><th scope=\"col\">What the scanner saw</th></tr></thead>\n<tbody>\n"
            )
            page.rows.withUnsafeBufferPointer { rows in
                for index in rows.indices { affectedRow(rows[index], into: &html) }
            }
            html.raw("</tbody>\n</table></div>\n</section>\n")
        }
    }

    /// `service.mustache`, with its rows written in place.
    static func servicePage(_ page: ServicePage, shell: PageShell) -> HTMLBuffer {
        shell.page(title: page.chrome.pageTitle, capacity: 16384 + 512 * page.rows.count) { html in
            html.raw("<h1>")
            html.text(page.heading)
            html.raw("</h1>\n<p class=\"lead\">")
            html.wrapped("IANA registers this port as <code>", page.ianaName, "</code>. ")
            html.text(page.exposureNote)
            html.raw("</p>\n<section aria-labelledby=\"exp-h\" class=\"explanation\">\n<h2 id=\"exp-h\">")
            html.text(page.explanationTitle)
            html.raw("</h2>\n")
            // Our own explanation, rendered from Markdown by libcmark: `{{{explanationHTML}}}`.
            html.raw(html: page.explanationHTML)
            html.raw(
                "\n</section>\n<section aria-labelledby=\"who-h\">\n<h2 id=\"who-h\">Systems with this port open</h2>\n"
            )
            pager(page.pager, into: &html)
            html.raw(
                "<div class=\"table-wrap\"><table class=\"summary\" data-sortable data-filterable>\n<caption>Every system exposing "
            )
            html.text(page.portText)
            html.raw(
                "</caption>\n<thead><tr><th scope=\"col\">System</th><th scope=\"col\">Team</th><th scope=\"col\">Scanner's service name</th><th scope=\"col\">Banner</th><th scope=\"col\">Highest severity</th></tr></thead>\n<tbody>\n"
            )
            page.rows.withUnsafeBufferPointer { rows in
                for index in rows.indices { serviceRow(rows[index], into: &html) }
            }
            html.raw("</tbody>\n</table></div>\n</section>\n")
        }
    }

    /// `pager.mustache`: a line break alone when the list has one page.
    static func pager(_ pager: Pager?, into html: inout HTMLBuffer) {
        guard let pager else {
            html.raw("\n")
            return
        }
        html.raw("<nav class=\"pager\" aria-label=\"Pages\">\n<span>")
        html.text(pager.pagerLabel)
        html.raw(":</span>\n")
        html.wrapped("<a href=\"", pager.previousHref, "\" rel=\"prev\">Previous</a>")
        html.raw("\n")
        for link in pager.pagerLinks {
            if link.isCurrent {
                html.raw("<span aria-current=\"page\">")
                html.text(link.label)
                html.raw("</span>")
            } else if link.isGap {
                html.raw("<span class=\"gap\" aria-hidden=\"true\">")
                html.text(link.label)
                html.raw("</span>")
            } else {
                html.raw("<a href=\"")
                html.text(link.href)
                html.raw("\">")
                html.text(link.label)
                html.raw("</a>")
            }
            html.raw("\n")
        }
        html.wrapped("<a href=\"", pager.nextHref, "\" rel=\"next\">Next</a>")
        html.raw("\n</nav>\n")
    }

    /// `severity-counts.mustache`.
    static func severityCounts(_ counts: [SeverityCount], into html: inout HTMLBuffer) {
        html.raw("<ul class=\"counts\">\n")
        for count in counts {
            html.raw("<li class=\"sev sev-")
            html.text(count.name)
            html.raw("\"><span class=\"n\">")
            html.text(count.count)
            html.raw("</span> ")
            html.text(count.word)
            html.raw("</li>\n")
        }
        html.raw("</ul>\n")
    }
}
