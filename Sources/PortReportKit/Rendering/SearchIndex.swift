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
        var plugins = Set<PluginKey>()
        var shown: [PluginKey] = []
        // Read through buffers: iterating the arrays copied each asset's and port's detail, and
        // `shownFindings` made a list of every finding to find the few hundred plugins.
        report.scan.findings.withUnsafeBufferPointer { findings in
            report.assets.withUnsafeBufferPointer { assets in
                for assetIndex in assets.indices {
                    for index in assets[assetIndex].hostFindings where plugins.insert(findings[index].plugin).inserted {
                        shown.append(findings[index].plugin)
                    }
                    assets[assetIndex].ports.withUnsafeBufferPointer { details in
                        for position in details.indices {
                            for index in details[position].findings
                            where plugins.insert(findings[index].plugin).inserted {
                                shown.append(findings[index].plugin)
                            }
                        }
                    }
                }
                for assetIndex in assets.indices {
                    assets[assetIndex].ports.withUnsafeBufferPointer { details in
                        for position in details.indices
                        where !details[position].collapsed && ports.insert(details[position].port).inserted {
                            let port = details[position].port
                            entries.append([
                                "service", "\(port) \(views.serviceTitle(details[position]))",
                                details[position].serviceName ?? "", SiteLinks.service(port),
                            ])
                        }
                    }
                }
            }
        }
        for key in shown {
            let info = views.plugin(key)
            entries.append([
                "finding", info.name, ([key.description] + info.cves).joined(separator: " "), links.finding(key),
            ])
        }
        return entries
    }

    /// The entries as a script: a JSON array of arrays of strings, with slashes and U+2028/2029
    /// escaped (`FindingsJSON.appendString(_:to:forScript:)`), written directly: Foundation's
    /// `JSONSerialization` (which wrote the same bytes) boxed every string of 50,000 systems.
    func script() -> Data { SearchIndex.script(entries()) }

    static func script(_ entries: [[String]]) -> Data {
        var bytes = ByteBuffer(capacity: 1 << 16)
        bytes.append("window.PORTREPORT_SEARCH = [" as StaticString)
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            for (position, field) in entry.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                FindingsJSON.appendString(field, to: &bytes, forScript: true)
            }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append("];\n" as StaticString)
        return bytes.withBytes { Data(buffer: $0) }
    }
}
