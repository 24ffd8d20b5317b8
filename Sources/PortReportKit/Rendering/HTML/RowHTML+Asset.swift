extension RowHTML {
    /// `asset-block.mustache`: a system with its facts (unless the page shows them above), firewall
    /// notes, port table and host-level findings.
    static func assetBlock(_ block: AssetBlock, into html: inout HTMLBuffer) {
        if block.showFacts {
            html.raw("<section class=\"asset\" id=\"")
            html.text(block.anchor)
            html.raw("\" aria-labelledby=\"")
            html.text(block.anchor)
            html.raw("-h\" data-search=\"")
            html.text(block.searchText)
            html.raw("\">\n<h2 id=\"")
            html.text(block.anchor)
            html.raw("-h\"><a href=\"")
            html.text(block.href)
            html.raw("\">")
            html.text(block.name)
            html.raw("</a></h2>\n<dl class=\"facts\">\n<dt>Addresses</dt><dd>")
            html.text(block.addresses)
            html.raw("</dd>\n")
            html.wrapped("<dt>Names</dt><dd>", block.names, "</dd>")
            html.raw("\n")
            html.wrapped("<dt>Operating system</dt><dd>", block.os, "</dd>")
            html.raw("\n<dt>Why it is listed here</dt><dd><ul class=\"reasons\">")
            html.each(block.reasons, "<li>", "</li>")
            html.raw("</ul></dd>\n</dl>\n")
        } else {
            html.raw("<section class=\"asset-ports\" id=\"")
            html.text(block.anchor)
            html.raw("\" aria-label=\"Ports and findings\">\n\n")
        }
        for note in block.firewallNotes { firewallNote(note, into: &html) }
        // Of two standalone section tags on consecutive lines (`{{/firewallNotes}}` then
        // `{{#hasPorts}}`), swift-mustache strips only the first: the second's newline opens its
        // section. The same happens at `{{#hasHostFindings}}` below.
        if block.hasPorts {
            html.raw("\n<table class=\"ports\">\n<caption>Open ports of ")
            html.text(block.name)
            html.raw("</caption>\n<thead><tr><th scope=\"col\">Port</th><th scope=\"col\">Service</th>")
            html.raw("<th scope=\"col\">Banner</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n")
            if let items = block.portItems {
                for position in items.ports.indices { items.write(position, into: &html) }
            } else {
                // Each row lent from a buffer: `for port in block.ports` copied (and retained) each.
                block.ports.withUnsafeBufferPointer { ports in
                    for index in ports.indices { portRow(ports[index], into: &html) }
                }
            }
            html.raw("</tbody>\n</table>\n")
        }
        if block.hasHostFindings {
            html.raw("\n<h3>Findings about the host as a whole</h3>\n")
            if let items = block.portItems {
                items.writeHostFindings(block.hostFindingList, into: &html)
            } else {
                findingList(block.hostFindingList, into: &html)
            }
            html.raw("\n")
        }
        html.wrapped("<p class=\"meta\">Closest rules: ", block.closest, "</p>\n")
        html.raw("</section>\n")
    }

    static func firewallNote(_ note: FirewallNote, into html: inout HTMLBuffer) {
        html.raw("<div class=\"alert firewall\" role=\"note\">\n<p><strong>Probable firewall or SYN proxy at ")
        html.text(note.suspectAddress)
        html.raw(":</strong> it answered on ")
        html.text(note.answering)
        html.raw(" ports (")
        html.text(note.tcpwrapped)
        html.raw(" of them tcpwrapped; ")
        html.text(note.openFiltered)
        html.raw(" more open|filtered, not counted), more than the ")
        html.text(note.threshold)
        html.raw(" a real server usually has. Most likely a firewall or SYN proxy answers for every port, not ")
        html.text(note.answering)
        html.raw(" programs. To confirm, connect to two of the listed ports (for example with <code>nc -v</code> or a")
        html.raw(" browser): if both accept and send nothing, the answers come from the firewall. Ask the network")
        html.raw(" team whether scans from the scanner's address are proxied.</p>\n<p>")
        html.text(note.collapsedCount)
        html.raw(" ports with nothing identified behind them are summarised here instead of listed: <code>")
        html.text(note.collapsedRanges)
        html.raw("</code>. Ports with a real service stay in the table.</p>\n</div>\n")
    }

    static func portRow(_ row: PortRow, into html: inout HTMLBuffer) {
        html.raw("<tr id=\"")
        html.text(row.anchor)
        html.raw("\" data-search=\"")
        html.text(row.port)
        html.raw(" ")
        html.text(row.serviceTitle)
        html.raw(" ")
        if let name = row.serviceName { html.text(name) }
        html.raw("\">\n<th scope=\"row\"><a href=\"")
        html.link(row.serviceHref)
        html.raw("\">")
        html.text(row.port)
        html.raw("</a>")
        html.wrapped("<p class=\"meta\">", row.onAddress, "</p>")
        html.wrapped("<p class=\"path\">Load balancer: ", row.path, "</p>")
        html.wrapped("<p class=\"path\">Reached through the load balancer at ", row.reachedThrough, "</p>")
        html.wrapped("<p class=\"meta\">", row.ownerNote, "</p>")
        html.raw("</th>\n<td><a href=\"")
        html.link(row.serviceHref)
        html.raw("\">")
        html.text(row.serviceTitle)
        html.raw("</a>")
        if let name = row.serviceName {
            html.raw("<p class=\"meta\">scanner: ")
            html.text(name)
            if row.guessed { html.raw(" (guessed)") }
            html.raw("</p>")
        }
        html.wrapped("<p class=\"meta\">product: ", row.product, "</p>")
        html.raw("</td>\n<td>")
        if let banner = row.banner {
            html.raw("<pre class=\"banner\">")
            html.text(banner)
            html.raw("</pre>")
        } else {
            html.raw("<span class=\"meta\">none recorded</span>")
        }
        html.raw("</td>\n<td>")
        findingList(row.findingList, into: &html)
        html.raw("</td>\n</tr>\n")
    }
}
