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

    /// Every shown finding, asset by asset: host-level findings, then each port's.
    func records() -> [Record] {
        var records: [Record] = []
        forEachRecord { records.append($0) }
        return records
    }

    /// `body` with every shown finding's record in `records()` order, one at a time, so that
    /// exports can be streamed.
    func forEachRecord(_ body: (Record) throws -> Void) rethrows {
        for detail in report.assets {
            for index in detail.hostFindings { try body(record(index, detail: detail, port: nil)) }
            for port in detail.ports {
                for index in port.findings { try body(record(index, detail: detail, port: port)) }
            }
        }
    }

    /// `body` with the findings one team (or Unassigned) is shown, in page order.
    func forEachRecord(in section: TeamSection, _ body: (Record) throws -> Void) rethrows {
        for item in section.assets {
            let detail = report.assets[item.asset]
            if item.ownsAsset {
                for index in detail.hostFindings { try body(record(index, detail: detail, port: nil)) }
            }
            for portIndex in item.ports {
                let port = detail.ports[portIndex]
                for index in port.findings { try body(record(index, detail: detail, port: port)) }
            }
        }
    }

    func record(_ index: Int, detail: AssetDetail, port: PortDetail?) -> Record {
        let finding = report.scan.findings[index]
        let host = report.scan.hosts[finding.host]
        let info = report.scan.plugins[finding.plugin]
        let cvss = report.scan.cvss(of: index)
        let attribution = port?.attribution ?? detail.attribution
        let path = port?.loadBalancerPath
        return Record(
            fingerprint: finding.fingerprint(hostIdentity: host.identity), scanner: finding.plugin.scanner.rawValue,
            pluginID: finding.plugin.id, pluginName: info?.name ?? finding.plugin.description,
            severity: finding.severity.name, cvssScore: cvss?.score, cvssVersion: cvss?.version,
            cvssVector: cvss?.vector,
            cves: report.scan.cves(of: index), cwes: info?.cwes ?? [], epss: info?.epss,
            knownExploited: info?.knownExploited,
            exploitAvailable: info?.exploitAvailable ?? false, asset: detail.asset.id,
            assetName: detail.asset.displayName,
            address: host.address?.description, hostName: host.names.first, port: finding.port?.number,
            transport: finding.port?.transport.rawValue, service: finding.serviceName,
            serviceGuessed: finding.serviceGuessed, evidence: finding.evidence,
            complianceCheck: finding.compliance?.checkName, complianceResult: finding.compliance?.result,
            team: attribution.team, attribution: attribution.reason, rule: attribution.rule?.text,
            ruleLine: attribution.rule?.line, loadBalancerPath: path?.description,
            alsoShownTo: (path?.teams ?? []).filter { $0 != attribution.team },
            input: report.scan.inputs[finding.input].path,
            alsoReportedIn: (report.alsoReportedIn[index] ?? []).map { report.scan.inputs[$0].path },
            suppressed: report.suppressedBy[index].map { report.configuration.suppressions[$0].reason })
    }

    /// Writes `data/findings.json` and `data/findings.csv` in one pass over the records, a
    /// record at a time (a million findings make a JSON file of about 750 MB): a JSON array with a
    /// record per line, keys sorted (`FindingsJSON`).
    func write(json: SiteStream, csv: SiteStream) throws {
        try json.write("[\n")
        try FindingsCSV.writeHeader(to: csv)
        var first = true
        try forEachRecord { record in
            let separator = first
            first = false
            try json.append { bytes in
                if !separator { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
                FindingsJSON.append(record, to: &bytes)
            }
            try FindingsCSV.write(record, to: csv)
        }
        try json.write(first ? "]\n" : "\n]\n")
    }
}
