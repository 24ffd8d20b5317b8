/// The columns of a Nessus or Tenable CSV export, resolved once from its header by name.
///
/// Each field lists the header names the exports use for it, most specific first: the classic
/// Nessus export (`Plugin ID`, `Host`, `Risk`, `Plugin Output`), its "all columns" variant
/// (`CVSS v3.0 Base Score`, `IP Address`, `FQDN`, `VPR Score`, `EPSS Score`, `XREF`), Tenable.sc
/// (`Plugin`, `Plugin Name`, `Severity`, `IP Address`, `DNS Name`, `Plugin Text`, `Steps to
/// Remediate`, `Cross References`, `Last Observed`), Tenable.io / Tenable VM (`definition.id`,
/// `asset.ipv4`, `output`, …) and Tenable WAS (`CVSSv3`, a URL or site in `Host`).
struct NessusCSVColumns {
    var pluginID: Int?
    var name: Int?
    var family: Int?
    /// Severity words: `Risk` (classic), `Severity` (Tenable.sc, Tenable.io), `definition.severity`.
    var severity: Int?
    var riskFactor: Int?
    var host: Int?
    var ipAddress: Int?
    var ipv6Address: Int?
    var fqdn: Int?
    var netbios: Int?
    var mac: Int?
    var operatingSystem: Int?
    var transport: Int?
    var port: Int?
    var output: Int?
    var synopsis: Int?
    var description: Int?
    var solution: Int?
    var seeAlso: Int?
    var cve: Int?
    var cvss2Score: Int?
    var cvss2Vector: Int?
    var cvss3Score: Int?
    var cvss3Vector: Int?
    var cvss4Score: Int?
    var cvss4Vector: Int?
    var vpr: Int?
    var epss: Int?
    var exploitAvailable: Int?
    var crossReferences: Int?
    var cwe: Int?
    var lastSeen: Int?

    /// Header lines that make a file a Nessus or Tenable CSV export (any one set suffices).
    static let signatures = [
        ["Plugin ID", "Host"], ["Plugin ID", "IP Address"], ["Plugin", "IP Address"], ["Plugin", "DNS Name"],
        ["definition.id"],
    ]

    init(_ columns: CSVColumns) {
        pluginID = columns.index(["Plugin ID", "Plugin", "PluginID", "Plugin_ID", "definition.id"])
        name = columns.index(["Name", "Plugin Name", "definition.name", "Plugin_Name"])
        family = columns.index(["Family", "Plugin Family", "definition.family"])
        severity = columns.index(["Risk", "Severity", "definition.severity", "severity_id"])
        riskFactor = columns.index(["Risk Factor", "definition.risk_factor"])
        host = columns.index(["Host", "asset.host_name", "asset.name"])
        ipAddress = columns.index([
            "IP Address", "IP", "asset.ipv4", "asset.ipv4_address", "asset.ipv4_addresses",
            "asset.display_ipv4_address",
        ])
        ipv6Address = columns.index(["IPv6 Address", "asset.ipv6", "asset.ipv6_address", "asset.ipv6_addresses"])
        fqdn = columns.index(["FQDN", "DNS Name", "asset.fqdn", "asset.display_fqdn", "asset.host_name"])
        netbios = columns.index(["NetBIOS", "NetBIOS Name", "asset.netbios_name"])
        mac = columns.index(["MAC Address", "MAC", "asset.mac_address", "asset.display_mac_address"])
        operatingSystem = columns.index(["Operating System", "OS", "asset.operating_system"])
        transport = columns.index(["Protocol", "definition.protocol"])
        port = columns.index(["Port", "definition.port"])
        output = columns.index(["Plugin Output", "Plugin Text", "output", "Plugin_Output"])
        synopsis = columns.index(["Synopsis", "definition.synopsis"])
        description = columns.index(["Description", "definition.description"])
        solution = columns.index(["Solution", "Steps to Remediate", "definition.solution"])
        seeAlso = columns.index(["See Also", "definition.see_also"])
        cve = columns.index(["CVE", "CVEs", "definition.cve"])
        cvss2Score = columns.index([
            "CVSS v2.0 Base Score", "CVSS V2 Base Score", "CVSS", "CVSS Base Score", "CVSS2 Base Score",
            "definition.cvss2.base_score",
        ])
        cvss2Vector = columns.index([
            "CVSS v2.0 Vector", "CVSS V2 Vector", "CVSS Vector", "CVSS2 Vector", "definition.cvss2.base_vector",
        ])
        cvss3Score = columns.index([
            "CVSS v3.0 Base Score", "CVSS V3 Base Score", "CVSS v3.1 Base Score", "CVSSv3", "CVSS3 Base Score",
            "definition.cvss3.base_score",
        ])
        cvss3Vector = columns.index([
            "CVSS v3.0 Vector", "CVSS V3 Vector", "CVSS v3.1 Vector", "CVSS3 Vector", "definition.cvss3.base_vector",
        ])
        cvss4Score = columns.index([
            "CVSS v4.0 Base Score", "CVSS V4 Base Score", "CVSS4 Base Score", "definition.cvss4.base_score",
        ])
        cvss4Vector = columns.index([
            "CVSS v4.0 Vector", "CVSS V4 Vector", "CVSS4 Vector", "definition.cvss4.base_vector",
        ])
        vpr = columns.index(["VPR Score", "Vulnerability Priority Rating", "VPR", "definition.vpr.score"])
        epss = columns.index(["EPSS Score", "EPSS", "definition.epss.score"])
        exploitAvailable = columns.index(["Exploit?", "Exploit Available", "definition.exploitability_ease"])
        crossReferences = columns.index(["XREF", "Cross References", "definition.references"])
        cwe = columns.index(["CWE", "definition.cwe"])
        lastSeen = columns.index(["Last Observed", "Last Seen", "last_seen", "last_observed", "Last Detected"])
    }
}
