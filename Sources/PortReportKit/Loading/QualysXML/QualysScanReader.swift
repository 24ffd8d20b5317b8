/// The SAX event handler for Qualys VM scan reports (root `SCAN`, `scan-1.dtd`):
/// `SCAN › (HEADER › KEY | IP › (OS | NETBIOS_HOSTNAME | VULNS|PRACTICES|INFOS|SERVICES › CAT ›
/// VULN|PRACTICE|INFO|SERVICE › children))`.
///
/// Records are the `VULN`, `PRACTICE`, `INFO` and `SERVICE` elements. Hosts are registered when
/// their `IP` opens, so each record can point at its host at once.
final class QualysScanReader: XMLEventHandler {
    var result: ScanResult
    var summary: InputSummary
    private(set) var sawRoot = false

    private let input: Int
    private var stack: [String] = []
    private var text = XMLTextCapture()
    /// `HEADER › KEY value="DATE"`: when the scan ran, the scan time of every host.
    private var scanDate: String?
    private var headerKey: String?
    /// The open `IP`'s host index; `nil` inside an `IP` without an address.
    private var hostIndex: Int?
    private var category: (name: String?, port: String?, transport: String?)?
    private var item: QualysScanItem?
    private var itemDepth = 0
    /// This file's hosts by `IP@value`.
    private var hostsByAddress: [String: Int] = [:]

    private static let sections: Set<String> = ["VULNS", "PRACTICES", "INFOS", "SERVICES"]
    private static let kinds: Set<String> = ["VULN", "PRACTICE", "INFO", "SERVICE"]
    /// Item children whose text belongs to the QID, read only the first time it is seen.
    private static let pluginFields: Set<String> = [
        "TITLE", "DIAGNOSIS", "CONSEQUENCE", "SOLUTION", "CVSS_BASE", "CVSS3_BASE",
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
            guard name == "SCAN" else {
                throw PortReportError.input(
                    path: summary.path, message: "root element is <\(name)>, expected <SCAN> or <ASSET_DATA_REPORT>")
            }
            sawRoot = true
            return
        }
        let parent = stack[depth - 2]
        if item != nil {
            startInItem(name, parent: parent, depth: depth)
            return
        }
        switch (parent, name) {
        case ("HEADER", "KEY"):
            headerKey = attributes["value"]
            text.start(at: depth)
        case ("SCAN", "IP"):
            startHost(attributes)
        case ("IP", "OS"), ("IP", "NETBIOS_HOSTNAME"):
            text.start(at: depth)
        case (_, "CAT") where QualysScanReader.sections.contains(parent):
            category = (attributes["value"], attributes["port"], attributes["protocol"])
            if let name = QualysText.hostName(attributes["fqdn"]) { addName(name) }
        case ("CAT", _) where QualysScanReader.kinds.contains(name):
            item = QualysScanItem(
                kind: name, qid: LoaderText.nonEmpty(attributes["number"]), severity: attributes["severity"],
                port: category?.port, transport: category?.transport)
            item?.text.category = LoaderText.nonEmpty(category?.name)
            item?.text.cves = LoaderText.cves(in: attributes["cveid"] ?? "")
            itemDepth = depth
        default:
            break
        }
    }

    func endElement(_ name: String, prefix: String?) throws {
        let depth = stack.count
        defer { stack.removeLast() }
        if item != nil {
            endInItem(name, depth: depth)
            return
        }
        let value = text.finish(at: depth)
        switch name {
        case "KEY":
            if headerKey == "DATE", let value { scanDate = LoaderText.nonEmpty(value) }
            headerKey = nil
        case "OS":
            if let index = hostIndex, let os = LoaderText.nonEmpty(value) { result.hosts[index].operatingSystem = os }
        case "NETBIOS_HOSTNAME":
            if let index = hostIndex, let netbios = QualysText.hostName(value) {
                result.hosts[index].netbiosName = netbios.uppercased()
            }
        case "CAT":
            category = nil
        case "IP":
            hostIndex = nil
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(bytes)
    }

    var wantsCharacters: Bool { text.isActive }

    // MARK: - Hosts

    /// `IP@value` is the address (the host's `reportedName`); `IP@name` its DNS name unless a
    /// placeholder. A second `IP` with the same value adds to the first.
    private func startHost(_ attributes: XMLAttributes) {
        guard let address = LoaderText.nonEmpty(attributes["value"]) else {
            hostIndex = nil
            return
        }
        if let known = hostsByAddress[address] {
            hostIndex = known
        } else {
            var host = ScannedHost(reportedName: address, input: input)
            host.scanTime = scanDate.flatMap(ScanDate.parse)
            result.hosts.append(host)
            hostIndex = result.hosts.count - 1
            hostsByAddress[address] = hostIndex
        }
        if let name = QualysText.hostName(attributes["name"]) { addName(name) }
    }

    private func addName(_ name: String) {
        guard let index = hostIndex else { return }
        if result.hosts[index].fqdn == nil {
            result.hosts[index].fqdn = name
        } else if !result.hosts[index].names.contains(name) {
            result.hosts[index].otherNames.append(name)
        }
    }

    // MARK: - Records

    private func startInItem(_ name: String, parent: String, depth: Int) {
        guard let current = item else { return }
        let known = current.qid.map { result.plugins[PluginKey(scanner: .qualys, id: $0)] != nil } ?? false
        switch (parent, name) {
        case (_, "RESULT") where depth == itemDepth + 1:
            text.start(at: depth)
        case (_, _) where depth == itemDepth + 1 && !known && QualysScanReader.pluginFields.contains(name):
            text.start(at: depth)
        case ("CVE_ID", "ID"), ("VENDOR_REFERENCE", "URL"):
            if !known { text.start(at: depth) }
        default:
            break
        }
    }

    private func endInItem(_ name: String, depth: Int) {
        if depth == itemDepth {
            finishItem()
            return
        }
        guard let value = text.finish(at: depth) else { return }
        switch (stack[depth - 2], name) {
        case (_, "RESULT") where depth == itemDepth + 1:
            item?.result = value
        case ("CVE_ID", "ID"):
            item?.text.cves.append(contentsOf: LoaderText.cves(in: value))
        case ("VENDOR_REFERENCE", "URL"):
            if let link = LoaderText.nonEmpty(value) { item?.text.links.append(link) }
        default:
            item?.text.set(name, value: value)
        }
    }

    /// Turns the record into a finding: plugin `PluginKey(.qualys, @number)`, port from the
    /// enclosing `CAT@port`/`CAT@protocol` (host-level without `port`), severity as
    /// `QualysScanItem.mappedSeverity` says, `RESULT` as evidence (`nil` when empty). The QID's
    /// text is registered the first time it is seen. Records without host, QID, readable port
    /// or severity are counted as skipped.
    private func finishItem() {
        guard let record = item else { return }
        item = nil
        text.cancel()
        guard let host = hostIndex else { return summary.skip(SkipReason.missingHost.rawValue) }
        guard let qid = record.qid else { return summary.skip(SkipReason.missingPluginID.rawValue) }
        let placed = QualysText.port(number: record.port, transport: record.transport)
        if let reason = placed.skip { return summary.skip(reason.rawValue) }
        guard let severity = record.mappedSeverity else { return summary.skip(SkipReason.missingSeverity.rawValue) }

        let key = PluginKey(scanner: .qualys, id: qid)
        var finding = Finding(plugin: key, severity: severity, host: host, port: placed.port, input: input)
        finding.evidence = LoaderText.nonEmpty(record.result)
        summary.records += 1
        summary.kept += 1
        result.findings.append(finding)
        if result.plugins[key] == nil { result.register(record.text.plugin(key: key)) }
    }
}
