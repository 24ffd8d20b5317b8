extension RowHTML {
    /// `host.mustache`: a system's page, its facts above its ports and findings (its asset block
    /// written in place, not through `detailHTML`), as UTF-8 bytes.
    static func hostPage(_ page: HostPage, shell: PageShell) -> HTMLBuffer {
        shell.page(title: page.chrome.pageTitle, capacity: 32768) { html in
            html.raw("<h1>")
            html.text(page.heading)
            html.raw("</h1>\n<dl class=\"facts\">\n<dt>Addresses</dt><dd>")
            html.text(page.addresses)
            html.raw("</dd>\n")
            html.wrapped("<dt>Names</dt><dd>", page.names, "</dd>")
            html.raw("\n")
            html.wrapped("<dt>MAC addresses</dt><dd>", page.macs, "</dd>")
            html.raw("\n")
            html.wrapped("<dt>Operating system</dt><dd>", page.os, "</dd>")
            html.raw("\n<dt>Owner</dt><dd><a href=\"")
            html.text(page.ownerHref)
            html.raw("\">")
            html.text(page.ownerName)
            html.raw("</a>: ")
            html.text(page.ownerReason)
            html.raw("</dd>\n")
            if let evidence = page.mergeEvidence {
                html.raw("<dt>Why these addresses are one system</dt><dd><ul>")
                html.each(evidence.items, "<li>", "</li>")
                html.raw("</ul></dd>")
            }
            html.raw("\n")
            html.wrapped("<dt>Scanned</dt><dd>", page.scanned, "</dd>")
            html.raw("\n</dl>\n")
            if let inbound = page.inbound {
                html.raw("<section aria-labelledby=\"lb-h\"><h2 id=\"lb-h\">Reached through load balancers</h2>\n<ul>")
                html.each(inbound.paths, "<li>", "</li>")
                html.raw("</ul></section>\n")
            }
            html.raw("<div data-finding-filter></div>\n")
            assetBlock(page.detail, into: &html)
            html.raw("\n")
        }
    }
}
