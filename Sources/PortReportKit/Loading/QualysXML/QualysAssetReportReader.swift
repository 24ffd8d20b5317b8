/// The SAX event handler for Qualys asset data reports (root `ASSET_DATA_REPORT`):
/// `HOST_LIST › HOST › (IP | DNS | NETBIOS | OPERATING_SYSTEM | VULN_INFO_LIST › VULN_INFO)`
/// joined to `GLOSSARY › VULN_DETAILS_LIST › VULN_DETAILS`.
///
/// Records are the `VULN_INFO` elements. The glossary holds each QID's title, severity and text
/// and usually comes after the hosts, so each finding is stored at once with its QID and the
/// severity is filled in when the document ends; a finding whose QID the glossary never
/// describes is then removed and counted as skipped. Only the QID and type of each finding are
/// kept aside until then.
final class QualysAssetReportReader: XMLEventHandler {
    var result: ScanResult
    var summary: InputSummary
    private(set) var sawRoot = false

    private let input: Int
    private var stack: [String] = []
    private var text = XMLTextCapture()
    /// `HEADER › GENERATION_DATETIME`: the scan time of hosts without `LAST_SCAN_DATETIME`.
    private var generated: String?

    /// The open `HOST`'s fields by element name, and its index once registered.
    private var hostFields: [String: String]?
    private var hostIndex: Int?
    private var hostsByAddress: [String: Int] = [:]
    private var record: QualysAssetRecord?

    /// The open glossary entry.
    private var entry: (qid: String?, level: String?, text: QualysPluginText)?
    /// Glossary entries by QID: the severity level text and the plugin text.
    private var glossary: [String: (level: String?, plugin: PluginInfo)] = [:]
    /// Findings waiting for their glossary entry: index in `result.findings`, QID, information.
    private var pending: [(finding: Int, qid: String, information: Bool)] = []

    private static let hostFieldNames: Set<String> = [
        "IP", "DNS", "NETBIOS", "OPERATING_SYSTEM", "OS", "LAST_SCAN_DATETIME",
    ]
    private static let recordFieldNames: Set<String> = [
        "QID", "TYPE", "PORT", "PROTOCOL", "SERVICE", "FQDN", "RESULT",
    ]
    private static let glossaryFieldNames: Set<String> = [
        "QID", "TITLE", "SEVERITY", "CATEGORY", "THREAT", "IMPACT", "DIAGNOSIS", "CONSEQUENCE", "SOLUTION",
    ]

    init(input: Int, result: ScanResult, summary: InputSummary) {
        self.input = input
        self.result = result
        self.summary = summary
    }

    func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {
        stack.append(name)
        let depth = stack.count
        if depth == 1 {
            guard name == "ASSET_DATA_REPORT" else {
                throw PortReportError.input(
                    path: summary.path, message: "root element is <\(name)>, expected <ASSET_DATA_REPORT>")
            }
            sawRoot = true
            return
        }
        let parent = stack[depth - 2]
        switch (parent, name) {
        case ("HEADER", "GENERATION_DATETIME"):
            text.start(at: depth)
        case ("HOST_LIST", "HOST"):
            hostFields = [:]
            hostIndex = nil
        case ("HOST", _) where hostFields != nil && QualysAssetReportReader.hostFieldNames.contains(name):
            text.start(at: depth)
        case ("VULN_INFO_LIST", "VULN_INFO") where hostFields != nil:
            record = QualysAssetRecord()
        case ("VULN_INFO", _) where record != nil && QualysAssetReportReader.recordFieldNames.contains(name):
            if name == "QID" { record?.qid = QualysText.qid(attributes["id"]) }
            text.start(at: depth)
        case ("VULN_DETAILS_LIST", "VULN_DETAILS"):
            entry = (QualysText.qid(attributes["id"]), nil, QualysPluginText())
        case ("VULN_DETAILS", _) where entry != nil && QualysAssetReportReader.glossaryFieldNames.contains(name):
            text.start(at: depth)
        case ("CVSS_SCORE", "CVSS_BASE"), ("CVSS3_SCORE", "CVSS3_BASE"), ("CVE_ID", "ID"),
            ("VENDOR_REFERENCE", "URL"):
            if entry != nil { text.start(at: depth) }
        default:
            break
        }
    }

    func endElement(_ name: String, prefix: String?) throws {
        let depth = stack.count
        defer { stack.removeLast() }
        let parent = depth > 1 ? stack[depth - 2] : ""
        let value = text.finish(at: depth)
        switch (parent, name) {
        case ("HEADER", "GENERATION_DATETIME"):
            generated = value.flatMap(LoaderText.nonEmpty)
        case ("HOST", _) where hostFields != nil && record == nil:
            if let value { hostFields?[name] = value }
            if name == "VULN_INFO_LIST" { updateHost() }
        case ("HOST_LIST", "HOST"):
            updateHost()
            hostFields = nil
            hostIndex = nil
        case ("VULN_INFO", _) where record != nil:
            if let value { record?.set(name, value: value) }
        case ("VULN_INFO_LIST", "VULN_INFO"):
            finishRecord()
        case ("VULN_DETAILS", _) where entry != nil:
            if let value { storeGlossaryField(name, value: value) }
        case ("CVSS_SCORE", "CVSS_BASE"), ("CVSS3_SCORE", "CVSS3_BASE"):
            if let value { entry?.text.set(name, value: value) }
        case ("CVE_ID", "ID"):
            if let value { entry?.text.cves.append(contentsOf: LoaderText.cves(in: value)) }
        case ("VENDOR_REFERENCE", "URL"):
            if let link = LoaderText.nonEmpty(value) { entry?.text.links.append(link) }
        case ("VULN_DETAILS_LIST", "VULN_DETAILS"):
            finishGlossaryEntry()
        case ("", "ASSET_DATA_REPORT"):
            resolvePending()
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(bytes)
    }

    var wantsCharacters: Bool { text.isActive }

    // MARK: - Hosts

    /// Registers the open host (its `IP` is the `reportedName`; `DNS` the FQDN unless a
    /// placeholder; `NETBIOS`; `OPERATING_SYSTEM` or `OS`; `LAST_SCAN_DATETIME`, else the
    /// report's generation time, as scan time), or updates it when more fields arrived.
    /// A host without `IP` is not registered.
    private func updateHost() {
        guard let fields = hostFields, let address = LoaderText.nonEmpty(fields["IP"]) else { return }
        let index: Int
        if let known = hostIndex ?? hostsByAddress[address] {
            index = known
        } else {
            result.hosts.append(ScannedHost(reportedName: address, input: input))
            index = result.hosts.count - 1
            hostsByAddress[address] = index
        }
        hostIndex = index
        var host = result.hosts[index]
        if let dns = QualysText.hostName(fields["DNS"]) {
            if host.fqdn == nil {
                host.fqdn = dns
            } else if !host.names.contains(dns) {
                host.otherNames.append(dns)
            }
        }
        if let netbios = QualysText.hostName(fields["NETBIOS"]) { host.netbiosName = netbios.uppercased() }
        host.operatingSystem =
            LoaderText.nonEmpty(fields["OPERATING_SYSTEM"]) ?? LoaderText.nonEmpty(fields["OS"]) ?? host.operatingSystem
        host.scanTime = (fields["LAST_SCAN_DATETIME"] ?? generated).flatMap(ScanDate.parse) ?? host.scanTime
        result.hosts[index] = host
    }

    // MARK: - Records

    /// Turns a `VULN_INFO` into a finding: plugin `PluginKey(.qualys, QID)`, port from `PORT`
    /// and `PROTOCOL` (tcp when absent; host-level without `PORT`), `SERVICE` as the service
    /// name on a port, `RESULT` as evidence (`nil` when empty), `FQDN` added to the host's
    /// names. Its severity waits for the glossary. Records without host, QID or readable port
    /// are counted as skipped.
    private func finishRecord() {
        guard let current = record else { return }
        record = nil
        if hostIndex == nil { updateHost() }
        guard let host = hostIndex else { return summary.skip(SkipReason.missingHost.rawValue) }
        guard let qid = current.qid else { return summary.skip(SkipReason.missingPluginID.rawValue) }
        let placed = QualysText.port(number: current.port, transport: current.transport)
        if let reason = placed.skip { return summary.skip(reason.rawValue) }
        if let fqdn = current.fqdn, !result.hosts[host].names.contains(fqdn) {
            result.hosts[host].otherNames.append(fqdn)
        }
        // The severity is a placeholder until the glossary is read (see `resolvePending`).
        var finding = Finding(
            plugin: PluginKey(scanner: .qualys, id: qid), severity: .info, host: host, port: placed.port, input: input)
        finding.serviceName = placed.port == nil ? nil : current.service
        finding.evidence = LoaderText.nonEmpty(current.result)
        summary.records += 1
        summary.kept += 1
        pending.append((result.findings.count, qid, current.isInformation))
        result.findings.append(finding)
    }

    // MARK: - Glossary

    private func storeGlossaryField(_ name: String, value: String) {
        switch name {
        case "QID":
            let known = entry?.qid
            entry?.qid = known ?? QualysText.qid(value)
        case "SEVERITY": entry?.level = value
        default: entry?.text.set(name, value: value)
        }
    }

    private func finishGlossaryEntry() {
        guard let finished = entry else { return }
        entry = nil
        guard let qid = finished.qid, glossary[qid] == nil else { return }
        glossary[qid] = (finished.level, finished.text.plugin(key: PluginKey(scanner: .qualys, id: qid)))
    }

    /// Gives each finding its glossary severity (1…5; information gathered is info) and
    /// registers the plugins used. A finding whose QID is missing from the glossary, or whose
    /// level is unreadable, is removed and counted as skipped.
    private func resolvePending() {
        var removed = Set<Int>()
        for item in pending {
            guard let described = glossary[item.qid] else {
                removed.insert(item.finding)
                summary.kept -= 1
                summary.records -= 1
                summary.skip(SkipReason.missingGlossaryEntry.rawValue)
                continue
            }
            guard let severity = item.information ? .info : Severity(qualysLevel: described.level) else {
                removed.insert(item.finding)
                summary.kept -= 1
                summary.records -= 1
                summary.skip(SkipReason.missingSeverity.rawValue)
                continue
            }
            result.findings[item.finding].severity = severity
            result.register(described.plugin)
        }
        pending = []
        if !removed.isEmpty {
            result.findings = result.findings.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        }
    }
}
