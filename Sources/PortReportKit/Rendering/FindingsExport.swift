import Foundation

/// `data/findings.json`: every finding after de-duplication, normalised, with its team and the
/// reason for it. The schema is documented in the README ("data/findings.json").
struct FindingsExport {
    /// Encodable so that tests can check `FindingsJSON` against `JSONEncoder`.
    struct Record: Encodable {
        var fingerprint: String
        var scanner: String
        var pluginID: String
        var pluginName: String
        var severity: String
        var cvssScore: Double?
        var cvssVersion: String?
        var cvssVector: String?
        var cves: [String]
        var cwes: [String]
        var epss: Double?
        var knownExploited: String?
        var exploitAvailable: Bool
        var asset: String
        var assetName: String
        var address: String?
        var hostName: String?
        var port: Int?
        var transport: String?
        var service: String?
        var serviceGuessed: Bool
        var evidence: String?
        var complianceCheck: String?
        var complianceResult: String?
        var team: String?
        var attribution: String
        var rule: String?
        var ruleLine: Int?
        var loadBalancerPath: String?
        var alsoShownTo: [String]
        var input: String
        var alsoReportedIn: [String]
        var suppressed: String?

        enum CodingKeys: String, CodingKey {
            case fingerprint, scanner, severity, cves, cwes, epss, asset, address, port, transport, service, evidence
            case team, attribution, rule, input, suppressed
            case pluginID = "plugin_id"
            case pluginName = "plugin_name"
            case cvssScore = "cvss_score"
            case cvssVersion = "cvss_version"
            case cvssVector = "cvss_vector"
            case knownExploited = "known_exploited"
            case exploitAvailable = "exploit_available"
            case assetName = "asset_name"
            case hostName = "host_name"
            case serviceGuessed = "service_guessed"
            case complianceCheck = "compliance_check"
            case complianceResult = "compliance_result"
            case ruleLine = "rule_line"
            case loadBalancerPath = "load_balancer_path"
            case alsoShownTo = "also_shown_to"
            case alsoReportedIn = "also_reported_in"
        }
    }

    let report: Report

    /// What every finding of one port (or one asset's host-level findings) shares in its record,
    /// worked out once for the port instead of once per finding.
    struct Place {
        var team: String?
        var attribution: String
        var rule: String?
        var ruleLine: Int?
        var loadBalancerPath: String?
        var alsoShownTo: [String]

        init(attribution: Attribution, path: LoadBalancerPath?) {
            team = attribution.team
            self.attribution = attribution.reason
            rule = attribution.rule?.text
            ruleLine = attribution.rule?.line
            loadBalancerPath = path?.description
            alsoShownTo = (path?.teams ?? []).filter { $0 != attribution.team }
        }
    }

    /// Every shown finding's record, asset by asset: host-level findings, then each port's. The
    /// reference the exports are tested against (`write` makes no records).
    func records() -> [Record] {
        var records: [Record] = []
        for detail in report.assets {
            var host = HostExport()
            let place = Place(attribution: detail.attribution, path: nil)
            for index in detail.hostFindings { records.append(record(index, detail: detail, place: place, &host)) }
            for port in detail.ports {
                let place = Place(attribution: port.attribution, path: port.loadBalancerPath)
                for index in port.findings { records.append(record(index, detail: detail, place: place, &host)) }
            }
        }
        return records
    }

    /// Finding `index`'s record, shown on the asset of `detail` at `place`; `host` holds the
    /// texts of the host it was reported on, kept for the next finding of the same host.
    func record(_ index: Int, detail: AssetDetail, place: Place, _ host: inout HostExport) -> Record {
        let finding = report.scan.findings[index]
        host.select(finding.host, in: report.scan)
        // One look-up of the plugin; its rating and CVEs chosen as `ScanResult.cvss(of:)` and
        // `cves(of:)` choose them (each of which would look the plugin up again).
        let info = report.scan.plugins[finding.plugin]
        let cvss = finding.cvss ?? info?.primaryCVSS
        let cves = ScanResult.cves(plugin: info?.cves ?? [], own: finding.cves)
        return Record(
            fingerprint: finding.fingerprint(hostIdentity: host.identity),
            scanner: finding.plugin.scanner.rawValue,
            pluginID: finding.plugin.id, pluginName: info?.name ?? finding.plugin.description,
            severity: finding.severity.name, cvssScore: cvss?.score, cvssVersion: cvss?.version,
            cvssVector: cvss?.vector,
            cves: cves, cwes: info?.cwes ?? [], epss: info?.epss,
            knownExploited: info?.knownExploited,
            exploitAvailable: info?.exploitAvailable ?? false, asset: detail.asset.id,
            assetName: detail.asset.displayName,
            address: host.address, hostName: host.name, port: finding.port?.number,
            transport: finding.port?.transport.rawValue, service: finding.serviceName,
            serviceGuessed: finding.serviceGuessed, evidence: finding.evidence,
            complianceCheck: finding.compliance?.checkName, complianceResult: finding.compliance?.result,
            team: place.team, attribution: place.attribution, rule: place.rule,
            ruleLine: place.ruleLine, loadBalancerPath: place.loadBalancerPath,
            alsoShownTo: place.alsoShownTo,
            input: report.scan.inputs[finding.input].path,
            alsoReportedIn: report.otherInputs(of: index).map { report.scan.inputs[$0].path },
            suppressed: report.suppression(of: index).map { report.configuration.suppressions[$0].reason })
    }

    /// The plugin fragments of finding `index`: its plugin's, made from its record once and kept
    /// in `plugins`, or its own when it has a rating or CVEs of its own.
    func pluginExport(
        _ index: Int, detail: AssetDetail, place: Place, _ host: inout HostExport,
        plugins: inout [PluginKey: PluginExport]
    ) -> PluginExport {
        let (own, key) = report.scan.findings.withUnsafeBufferPointer { findings in
            (findings[index].cvss != nil || !findings[index].cves.isEmpty, findings[index].plugin)
        }
        if !own, let known = plugins[key] { return known }
        let made = PluginExport(record(index, detail: detail, place: place, &host))
        if !own { plugins[key] = made }
        return made
    }

    /// How many section CSVs one pass writes at most: each is an open file, and a configuration
    /// with thousands of teams must not run into the limit on open files (1,024 by default).
    static let sectionsPerPass = 200

    /// Writes `data/findings.json`, `data/findings.csv` and each section's CSV (`sectionCSVs[i]`
    /// for `report.sections[sections.lowerBound + i]`) in one pass, a record at a time (a million
    /// findings make a JSON file of about 750 MB): a JSON array with a record per line, keys
    /// sorted (`FindingsJSON`). Without `json` and `csv` the pass writes only those sections' CSVs,
    /// making records only for what they show (the later passes when there are many sections).
    ///
    /// A section's CSV holds the findings its page shows, in page order: sections list their
    /// assets in report order and each asset's ports in order, so walking the report once and
    /// sending each row to the sections that show it keeps every file's order. Each record and
    /// CSV row is made once, however many files it goes to.
    func write(json: SiteStream?, csv: SiteStream?, sections: Range<Int>, sectionCSVs: [SiteStream]) throws {
        try json?.write("[\n")
        if let csv { try FindingsCSV.writeHeader(to: csv) }
        for stream in sectionCSVs { try FindingsCSV.writeHeader(to: stream) }
        // Which sections show each asset, by asset then section (one sort, not a look at every
        // section for every asset).
        var placements: [(asset: Int, section: Int, item: Int)] = []
        for sectionIndex in sections {
            for (itemIndex, item) in report.sections[sectionIndex].assets.enumerated() {
                placements.append((item.asset, sectionIndex, itemIndex))
            }
        }
        placements.sort { ($0.asset, $0.section) < ($1.asset, $1.section) }
        var next = 0
        var first = true
        var row = ByteBuffer(capacity: 4096)
        var line = ByteBuffer(capacity: 4096)
        var plugins: [PluginKey: PluginExport] = [:]
        let lines = FindingLines(inputs: report.scan.inputs)
        // Findings lent in place: a copy of each retained and released its strings.
        try report.scan.findings.withUnsafeBufferPointer { findings in
            for (assetIndex, detail) in report.assets.enumerated() {
                // The sections of this pass that show this asset, with what they show of it.
                var shown: [(section: Int, item: TeamAsset)] = []
                while next < placements.count, placements[next].asset == assetIndex {
                    let placement = placements[next]
                    shown.append((placement.section, report.sections[placement.section].assets[placement.item]))
                    next += 1
                }
                if json == nil && csv == nil && shown.isEmpty { continue }
                var host = HostExport()
                func emit(_ index: Int, _ place: Place, _ fragments: PlaceExport, to viewers: [Int]) throws {
                    if json == nil && csv == nil && viewers.isEmpty { return }
                    let plugin = pluginExport(index, detail: detail, place: place, &host, plugins: &plugins)
                    host.select(findings[index].host, in: report.scan)
                    let others = report.otherInputs(of: index)
                    let own = FindingLines.Own(
                        fingerprint: findings[index].fingerprint(hostIdentity: host.identity),
                        alsoReportedIn: others.isEmpty ? [] : others.map { report.scan.inputs[$0].path },
                        suppressed: report.suppression(of: index).map { report.configuration.suppressions[$0].reason })
                    // Into a line of its own, then copied into the stream's buffer.
                    if json != nil {
                        line.removeAll()
                        if !first {
                            line.append(UInt8(ascii: ","))
                            line.append(0x0A)
                        }
                        lines.json(findings[index], own, place: fragments, host: host, plugin: plugin, into: &line)
                        try json?.write(line)
                    }
                    first = false
                    row.removeAll()
                    lines.csv(findings[index], own, place: fragments, host: host, plugin: plugin, into: &row)
                    try csv?.write(row)
                    for section in viewers { try sectionCSVs[section - sections.lowerBound].write(row) }
                }
                let owners = shown.filter(\.item.ownsAsset).map(\.section)
                let hostPlace = Place(attribution: detail.attribution, path: nil)
                let hostFragments = PlaceExport(hostPlace, detail: detail)
                for index in detail.hostFindings { try emit(index, hostPlace, hostFragments, to: owners) }
                var portViewers = PortViewers(shown)
                // Ports lent in place: iterating the array copied (and retained) each port's detail.
                try detail.ports.withUnsafeBufferPointer { ports in
                    for portIndex in ports.indices {
                        let viewers = portViewers.sections(showing: portIndex)
                        if json == nil && csv == nil && viewers.isEmpty { continue }
                        let path = ports[portIndex].loadBalancerPath
                        // Most ports are the asset's own, attributed as it is: their place is the host's.
                        if path == nil && ports[portIndex].attribution == detail.attribution {
                            for index in ports[portIndex].findings {
                                try emit(index, hostPlace, hostFragments, to: viewers)
                            }
                            continue
                        }
                        let place = Place(attribution: ports[portIndex].attribution, path: path)
                        let fragments = PlaceExport(place, detail: detail)
                        for index in ports[portIndex].findings { try emit(index, place, fragments, to: viewers) }
                    }
                }
            }
        }
        try json?.write(first ? "]\n" : "\n]\n")
    }
}
