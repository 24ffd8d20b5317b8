import Foundation

/// Turns one data row of a Nessus or Tenable CSV export into the host it names and a
/// `NessusItemDraft`, which `NessusItemConverter` then turns into a finding exactly as it does a
/// `.nessus` `ReportItem`.
struct NessusCSVRowReader {
    let columns: NessusCSVColumns
    let dates: ExportDateParser

    /// The host the row names, or `nil` when it names none (the row is then skipped as having no
    /// host).
    ///
    /// - `reportedName`: `Host` (an address, a name, or a URL in Tenable WAS); else `IP Address` /
    ///   `asset.ipv4`, else the FQDN, else the NetBIOS name.
    /// - `address`: `IP Address` (the first of a list; the rest become further addresses), else
    ///   what `Host` holds; `IPv6 Address` adds (or is) an address.
    /// - `fqdn`: `FQDN` / `DNS Name` / `asset.fqdn`, lowercased.
    /// - `netbiosName`: `NetBIOS` / `NetBIOS Name`, without a `WORKGROUP\` prefix, uppercased.
    /// - `macAddresses`: `MAC Address`, one or more, lowercased.
    /// - `operatingSystem`: `Operating System` / `OS`, first line.
    /// - `scanTime`: `Last Observed` / `Last Seen` (Tenable.sc, Tenable.io), when readable.
    func host(_ row: CSVRow, input: Int) -> ScannedHost? {
        let addresses = ExportText.addresses(row[columns.ipAddress]) + ExportText.addresses(row[columns.ipv6Address])
        let fqdn = ExportText.hostName(row[columns.fqdn])
        var netbios = ExportText.value(row[columns.netbios])
        if let name = netbios, let slash = name.lastIndex(of: "\\") {
            netbios = ExportText.value(String(name[name.index(after: slash)...]))
        }
        let reported =
            ExportText.value(row[columns.host]) ?? addresses.first?.description ?? fqdn ?? netbios?.lowercased()
        guard let reported else { return nil }
        var host = ScannedHost(reportedName: reported, input: input)
        if let first = addresses.first {
            if host.address == nil || host.address == first {
                host.address = first
                host.additionalAddresses = Array(addresses.dropFirst())
            } else {
                host.additionalAddresses = addresses
            }
        }
        if let fqdn { host.fqdn = fqdn }
        host.netbiosName = netbios?.uppercased()
        host.macAddresses = ExportText.list(row[columns.mac]).map { $0.lowercased() }
        host.operatingSystem = ExportText.value(row[columns.operatingSystem])?
            .split(whereSeparator: \.isNewline).first.map(String.init)
        host.scanTime = dates.parse(row[columns.lastSeen])
        return host
    }

    /// The row as a `.nessus` item draft.
    ///
    /// - plugin id: `Plugin ID` / `Plugin` / `definition.id`; name: `Name` / `Plugin Name`.
    /// - port: `Port`; empty or `0` is a host-level finding. transport: `Protocol`; Tenable WAS
    ///   writes `http`/`https`, read as tcp.
    /// - severity: the word in `Risk` / `Severity` (None, Info, Low, Medium, High, Critical, or
    ///   0–4); when unreadable, `Risk Factor` is the fallback, and with neither the row is skipped.
    /// - evidence: `Plugin Output` / `Plugin Text` / `output`, without Tenable.sc's
    ///   `Plugin Output:` label.
    /// - CVSS: v2 from `CVSS` / `CVSS v2.0 Base Score` / `CVSS V2 Base Score` and its vector, v3
    ///   from `CVSS v3.0 Base Score` / `CVSS V3 Base Score` / `CVSSv3`, v4 from
    ///   `CVSS v4.0 Base Score`; a score outside 0–10 is dropped. `CVSS v4.0 Base+Threat Score`
    ///   is not a base score and is not read.
    /// - `VPR Score` (0–10) and `EPSS Score` (0–1) are dropped when out of range.
    /// - CVEs: every CVE id in `CVE` (one or several per cell). CWEs: `CWE:200` or `CWE #200`
    ///   entries of `XREF` / `Cross References`, and a `CWE` column. CISA KEV: the
    ///   `CISA-KNOWN-EXPLOITED:date` entry of `XREF`.
    /// - exploit available: `Exploit?` is `Yes` (Tenable.sc).
    func draft(_ row: CSVRow) -> NessusItemDraft {
        var draft = NessusItemDraft()
        draft.pluginID = ExportText.value(row[columns.pluginID])
        draft.pluginName = ExportText.value(row[columns.name])
        draft.pluginFamily = ExportText.value(row[columns.family])
        draft.port = ExportText.value(row[columns.port]) ?? "0"
        if let transport = ExportText.value(row[columns.transport])?.lowercased() {
            draft.transport = ["http", "https"].contains(transport) ? "tcp" : transport
        }
        draft.severity = NessusCSVRowReader.severity(row[columns.severity]).map { String($0.rawValue) }

        var fields: [String: String] = [:]
        draft.riskFactor = ExportText.value(row[columns.riskFactor]) ?? ExportText.value(row[columns.severity])
        draft.pluginOutput = NessusCSVRowReader.output(row[columns.output])
        fields["synopsis"] = ExportText.value(row[columns.synopsis])
        fields["description"] = ExportText.value(row[columns.description])
        fields["solution"] = ExportText.value(row[columns.solution])
        fields["see_also"] = ExportText.value(row[columns.seeAlso])
        fields["cvss_base_score"] = ExportText.value(row[columns.cvss2Score])
        fields["cvss_vector"] = ExportText.value(row[columns.cvss2Vector])
        fields["cvss3_base_score"] = ExportText.value(row[columns.cvss3Score])
        fields["cvss3_vector"] = ExportText.value(row[columns.cvss3Vector])
        fields["cvss4_base_score"] = ExportText.value(row[columns.cvss4Score])
        fields["cvss4_vector"] = ExportText.value(row[columns.cvss4Vector])
        fields["vpr_score"] = ExportText.number(row[columns.vpr], in: 0...10).map { String($0) }
        fields["epss_score"] = ExportText.number(row[columns.epss], in: 0...1).map { String($0) }
        if NessusCSVRowReader.saysExploitable(row[columns.exploitAvailable]) { fields["exploit_available"] = "true" }

        let references = ExportText.list(row[columns.crossReferences])
        for reference in references {
            let (kind, value) = NessusCSVRowReader.splitReference(reference)
            switch kind {
            case "cwe": draft.cwes.append(value)
            case "cisa-known-exploited": fields["cisa-known-exploited"] = value
            default: break
            }
        }
        draft.cwes += ExportText.list(row[columns.cwe])
        draft.cves = ExportText.cves(in: row[columns.cve])
        draft.fields = fields
        return draft
    }

    /// A severity word (`None`, `Info`, `Low`, `Medium`, `High`, `Critical`) or level `0`–`4`.
    static func severity(_ text: String?) -> Severity? {
        guard let text = ExportText.value(text) else { return nil }
        if let level = Int(text) { return Severity(rawValue: level) }
        return Severity(riskFactor: text)
    }

    /// Tenable.sc starts its plugin text with a `Plugin Output:` label line; the label is no
    /// evidence.
    static func output(_ text: String?) -> String? {
        guard var value = ExportText.value(text) else { return nil }
        if value.hasPrefix("Plugin Output:") { value = String(value.dropFirst("Plugin Output:".count)) }
        return ExportText.value(value)
    }

    /// `CWE:200` (Nessus XREF) or `CWE #200` (Tenable.sc cross references) → (`cwe`, `200`).
    static func splitReference(_ reference: String) -> (kind: String, value: String) {
        guard let separator = reference.firstIndex(where: { $0 == ":" || $0 == "#" }) else {
            return (reference.lowercased(), "")
        }
        let kind = reference[..<separator].trimmed.lowercased()
        let value = reference[reference.index(after: separator)...].trimmed
        return (kind, value)
    }

    /// `Yes`, `true`, or Tenable.io's "Exploits are available".
    static func saysExploitable(_ text: String?) -> Bool {
        guard let value = ExportText.value(text)?.lowercased() else { return false }
        return value == "yes" || value == "true" || value.hasPrefix("exploits are available")
    }
}
