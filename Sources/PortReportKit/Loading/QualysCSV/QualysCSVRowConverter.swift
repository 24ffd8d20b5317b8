import Foundation

/// Turns one data row of a Qualys CSV export into a host, a finding and the QID's text.
struct QualysCSVRowConverter {
    struct Converted {
        var host: ScannedHost
        var finding: Finding
        var plugin: PluginInfo
    }

    let columns: QualysCSVColumns
    let dates: ExportDateParser

    /// Converts a row, or says why it is skipped.
    ///
    /// - plugin id: `QID`; absent → skipped (`no plugin id`).
    /// - host: addresses from `IP` / `Asset IPV4` (a list in VMDR) and `Asset IPV6`; names from
    ///   `FQDN`, `DNS` / `HOSTNAME`, `NetBIOS` and `Asset Name`. `No registered hostname`,
    ///   `unknown` and empty cells are no name. Neither address nor name → skipped (`no host`).
    /// - port: `Port`; empty, `'-` or `0` is a host-level finding; not a number from 0 to 65535 →
    ///   skipped. transport: `Protocol` (tcp when empty); unknown → skipped.
    /// - severity: the Qualys level 1–5 in `Severity` (else `Q_SEVERITY`, the Qualys level in PCI
    ///   exports whose `SEVERITY` is a PCI letter): 5 critical, 4 high, 3 medium, 2 low, 1 info.
    ///   Without a level, the word or letter (`Medium`, `M`) in `Severity`; without either →
    ///   skipped. Information-gathered QIDs (`Type` `Ig`) are info whatever their level.
    /// - status: `Vuln Status` / `Status` `Fixed` → skipped (`reported as fixed`).
    /// - evidence: `Results` / `RESULT`.
    func convert(_ row: CSVRow, input: Int) -> Result<Converted, SkipReason> {
        guard let qid = ExportText.value(row[columns.qid]) else { return .failure(.missingPluginID) }
        guard let host = host(row, input: input) else { return .failure(.missingHost) }
        if ExportText.value(row[columns.status])?.lowercased() == "fixed" {
            return .failure(.alreadyFixed)
        }
        let portText = ExportText.value(row[columns.port]) ?? "0"
        guard let number = Int(portText), (0...65535).contains(number) else {
            return .failure(.badPort)
        }
        var port: Port?
        if number != 0 {
            guard let transport = Transport(text: ExportText.value(row[columns.transport]) ?? "tcp") else {
                return .failure(.badTransport)
            }
            if transport != .icmp { port = Port(number: number, transport: transport) }
        }
        guard var severity = severity(row) else { return .failure(.missingSeverity) }
        let type = ExportText.value(row[columns.type])?.lowercased()
        if type == "ig" || type == "information gathered" { severity = .info }

        let key = PluginKey(scanner: .qualys, id: qid)
        var finding = Finding(plugin: key, severity: severity, host: 0, port: port, input: input)
        finding.evidence = ExportText.value(row[columns.results])
        return .success(Converted(host: host, finding: finding, plugin: plugin(row, key: key)))
    }

    private func host(_ row: CSVRow, input: Int) -> ScannedHost? {
        let addresses = ExportText.addresses(row[columns.ipv4]) + ExportText.addresses(row[columns.ipv6])
        let fqdn = ExportText.hostName(row[columns.fqdn]) ?? ExportText.hostName(row[columns.dns])
        let netbios = ExportText.hostName(row[columns.netbios])
        let assetName = ExportText.hostName(row[columns.assetName])
        guard let reported = addresses.first?.description ?? fqdn ?? netbios ?? assetName else { return nil }
        var host = ScannedHost(reportedName: reported, input: input)
        host.additionalAddresses = Array(addresses.dropFirst())
        host.fqdn = fqdn
        host.netbiosName = netbios?.uppercased()
        if let assetName, assetName != fqdn, assetName != netbios { host.otherNames = [assetName] }
        host.operatingSystem = ExportText.value(row[columns.operatingSystem])
        host.scanTime = dates.parse(row[columns.lastDetected])
        return host
    }

    private func severity(_ row: CSVRow) -> Severity? {
        for column in [columns.severity, columns.qualysSeverity] {
            if let level = Severity(qualysLevel: ExportText.value(row[column])) { return level }
        }
        guard let word = ExportText.value(row[columns.severity]) else { return nil }
        switch word.uppercased() {
        case "C": return .critical
        case "H": return .high
        case "M": return .medium
        case "L": return .low
        case "I": return .info
        default: return Severity(riskFactor: word)
        }
    }

    /// The QID's text: `Title` / `VULN TITLE`; description from `Threat` (else
    /// `CVE-Description`) followed by `Impact`; `Solution`; `Category` as family; `Vendor
    /// Reference` as a reference; CVEs from `CVE ID` / `CVEID` / `CVE`; CVSS from `CVSS3 Base`
    /// (`8.1 (AV:N/…)`: score and vector, v3.0 unless the vector says otherwise),
    /// `CVSSv3.1 Base (nvd)` (3.1) and `CVSS Base` / `CVSS_BASE` / `CVSSv2 Base (nvd)`, which
    /// Qualys means as CVSS v2; a non-empty `Exploitability` marks an exploit as available.
    private func plugin(_ row: CSVRow, key: PluginKey) -> PluginInfo {
        var plugin = PluginInfo(key: key, name: ExportText.value(row[columns.title]) ?? "Qualys QID \(key.id)")
        plugin.family = ExportText.value(row[columns.category])
        let threat = ExportText.value(row[columns.threat]) ?? ExportText.value(row[columns.cveDescription])
        let impact = ExportText.value(row[columns.impact]).map { "Impact: \($0)" }
        let description = [threat, impact].compactMap { $0 }.joined(separator: "\n\n")
        plugin.description = description.isEmpty ? nil : description
        plugin.solution = ExportText.value(row[columns.solution])
        plugin.seeAlso = ExportText.value(row[columns.vendorReference]).map { [$0] } ?? []
        plugin.cves = ExportText.cves(in: row[columns.cves]).sorted()
        plugin.cvss = [
            QualysCSVRowConverter.cvss(row[columns.cvss2], version: "2.0"),
            QualysCSVRowConverter.cvss(row[columns.cvss3], version: "3.0"),
            QualysCSVRowConverter.cvss(row[columns.cvss31], version: "3.1"),
        ].compactMap { $0 }
        plugin.exploitAvailable = ExportText.value(row[columns.exploitability]) != nil
        return plugin
    }

    /// Reads `8.1`, or `8.1 (AV:N/AC:H/…)` as Qualys writes a score with its vector.
    static func cvss(_ text: String?, version: String) -> CVSS? {
        guard let text = ExportText.value(text) else { return nil }
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            return CVSS(score: text, vector: nil, fallbackVersion: version)
        }
        let score = String(text[..<open]).trimmed
        let vector = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return CVSS(score: score, vector: vector, fallbackVersion: version)
    }
}
