import Foundation

/// `search-index.js`: what the search box finds, as a script (`window.PORTREPORT_SEARCH = […]`)
/// so that it loads from file:// where a fetched JSON file would be refused.
///
/// Entries are `[kind, label, more text, page]`: teams, systems (with addresses and names),
/// services (port and title) and findings (title, plugin id, CVEs). Individual findings are not
/// entries, so the index stays small at a million findings.
struct SearchIndex {
    let report: Report
    let views: ViewFactory
    let links: SiteLinks

    func entries() -> [[String]] {
        var entries: [[String]] = []
        for team in report.configuration.teams {
            entries.append([
                "team", team.name, ([team.id] + team.contacts).joined(separator: " "), SiteLinks.team(team.id),
            ])
        }
        for detail in report.assets {
            let asset = detail.asset
            let more = (asset.addresses.map(\.description) + asset.names + asset.operatingSystems).joined(
                separator: " ")
            entries.append(["system", asset.displayName, more, SiteLinks.host(asset)])
        }
        var ports = Set<Port>()
        for detail in report.assets {
            for port in detail.ports where !port.collapsed && ports.insert(port.port).inserted {
                entries.append([
                    "service", "\(port.port) \(views.serviceTitle(port))", port.serviceName ?? "",
                    SiteLinks.service(port.port),
                ])
            }
        }
        var plugins = Set<PluginKey>()
        for index in report.shownFindings where plugins.insert(report.scan.findings[index].plugin).inserted {
            let key = report.scan.findings[index].plugin
            let info = views.plugin(key)
            entries.append([
                "finding", info.name, ([key.description] + info.cves).joined(separator: " "), links.finding(key),
            ])
        }
        return entries
    }

    func script() throws -> Data {
        let json: Data
        do {
            json = try JSONSerialization.data(withJSONObject: entries(), options: [.sortedKeys])
        } catch {
            throw PortReportError(step: .rendering, path: SiteLinks.searchIndex, message: "cannot encode: \(error)")
        }
        // U+2028 and U+2029 are valid in JSON but ended a string literal in older JavaScript.
        let text = String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return Data(("window.PORTREPORT_SEARCH = " + text + ";\n").utf8)
    }
}
