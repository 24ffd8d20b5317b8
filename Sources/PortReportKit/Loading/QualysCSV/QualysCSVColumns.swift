/// The columns of a Qualys CSV export, resolved once from its header by name.
///
/// Covers the VM "Scan Report" / detection CSV (`IP`, `DNS`, `NetBIOS`, `QID`, `Title`,
/// `Severity`, `Port`, `Protocol`, `CVE ID`, `CVSS3 Base`, `Threat`, `Impact`, `Solution`,
/// `Results`), VMDR "Asset Vuln Datalist" (`Asset IPV4`, `Asset IPV6`, `Asset Name`, `CVE`,
/// `CVSSv3.1 Base (nvd)`, `Status`) and the HackerGuardian / monthly PCI CSV (`HOSTNAME`,
/// `VULN TITLE`, `Q_SEVERITY`, `CVSS_BASE`, `RESULT`, `CVEID`).
struct QualysCSVColumns {
    var ipv4: Int?
    var ipv6: Int?
    var dns: Int?
    var fqdn: Int?
    var netbios: Int?
    var assetName: Int?
    var operatingSystem: Int?
    var qid: Int?
    var title: Int?
    var type: Int?
    var severity: Int?
    var qualysSeverity: Int?
    var status: Int?
    var port: Int?
    var transport: Int?
    var cves: Int?
    var cvss2: Int?
    var cvss3: Int?
    var cvss31: Int?
    var threat: Int?
    var impact: Int?
    var cveDescription: Int?
    var solution: Int?
    var results: Int?
    var vendorReference: Int?
    var category: Int?
    var exploitability: Int?
    var lastDetected: Int?

    /// Header lines that make a file a Qualys CSV export (any one set suffices).
    static let signatures = [
        ["IP", "QID", "Title"], ["IP", "QID", "Vuln Title"], ["Asset IPV4", "QID", "Title"],
        ["Asset IPV6", "QID", "Title"], ["Asset Name", "QID", "Title"],
    ]

    init(_ columns: CSVColumns) {
        ipv4 = columns.index(["IP", "Asset IPV4", "IP Address"])
        ipv6 = columns.index(["Asset IPV6", "IPv6"])
        dns = columns.index(["DNS", "DNS Name", "HOSTNAME", "Host Name"])
        fqdn = columns.index(["FQDN"])
        netbios = columns.index(["NetBIOS", "NetBIOS Name"])
        assetName = columns.index(["Asset Name"])
        operatingSystem = columns.index(["OS", "Operating System"])
        qid = columns.index(["QID"])
        title = columns.index(["Title", "Vuln Title"])
        type = columns.index(["Type", "Type Detected"])
        severity = columns.index(["Severity", "KB Severity"])
        qualysSeverity = columns.index(["Q_SEVERITY", "KB Severity"])
        status = columns.index(["Vuln Status", "Status"])
        port = columns.index(["Port"])
        transport = columns.index(["Protocol"])
        cves = columns.index(["CVE ID", "CVEID", "CVE"])
        cvss2 = columns.index(["CVSSv2 Base (nvd)", "CVSS Base", "CVSS_BASE", "CVSS"])
        cvss3 = columns.index(["CVSS3 Base", "CVSS3"])
        cvss31 = columns.index(["CVSSv3.1 Base (nvd)", "CVSS3.1 Base", "CVSS3.1"])
        threat = columns.index(["Threat"])
        impact = columns.index(["Impact"])
        cveDescription = columns.index(["CVE-Description", "CVE Description"])
        solution = columns.index(["Solution"])
        results = columns.index(["Results", "Result"])
        vendorReference = columns.index(["Vendor Reference"])
        category = columns.index(["Category"])
        exploitability = columns.index(["Exploitability"])
        lastDetected = columns.index(["Last Detected", "LAST SCAN", "Last Scan"])
    }
}
