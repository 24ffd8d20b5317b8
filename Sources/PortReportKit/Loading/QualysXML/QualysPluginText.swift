/// The knowledge-base text of one QID as Qualys writes it, in a scan report's `VULN`/`INFO`
/// children or an asset data report's glossary `VULN_DETAILS`.
struct QualysPluginText {
    /// `TITLE`.
    var title: String?
    /// `CAT@value` (scan report) or `CATEGORY` (glossary).
    var category: String?
    /// `DIAGNOSIS`, or the glossary's `THREAT`.
    var diagnosis: String?
    /// `CONSEQUENCE`, or the glossary's `IMPACT`.
    var consequence: String?
    /// `SOLUTION`.
    var solution: String?
    /// `CVSS_BASE` (v2), possibly `score (vector)`.
    var cvss2: String?
    /// `CVSS3_BASE`, possibly `score (vector)`.
    var cvss3: String?
    /// `CVE_ID_LIST/CVE_ID/ID` values and the scan report's `VULN@cveid` list.
    var cves: [String] = []
    /// `VENDOR_REFERENCE_LIST/VENDOR_REFERENCE/URL` values.
    var links: [String] = []

    /// Stores the text of a knowledge-base child by element name; other names are ignored.
    mutating func set(_ name: String, value: String) {
        switch name {
        case "TITLE": title = LoaderText.nonEmpty(value)
        case "CATEGORY": category = LoaderText.nonEmpty(value)
        case "DIAGNOSIS", "THREAT": diagnosis = diagnosis ?? QualysText.meaningful(value)
        case "CONSEQUENCE", "IMPACT": consequence = consequence ?? QualysText.meaningful(value)
        case "SOLUTION": solution = QualysText.meaningful(value)
        case "CVSS_BASE": cvss2 = value
        case "CVSS3_BASE": cvss3 = value
        default: break
        }
    }

    /// The plugin: `TITLE` as name (`Qualys QID n` without one), `DIAGNOSIS` as description
    /// followed by `CONSEQUENCE` as its impact, `SOLUTION`, CVSS v2 then v3, CVEs sorted.
    func plugin(key: PluginKey) -> PluginInfo {
        var plugin = PluginInfo(key: key, name: title ?? "Qualys QID \(key.id)")
        plugin.family = category
        let impact = consequence.map { "Impact: \($0)" }
        let description = [diagnosis, impact].compactMap { $0 }.joined(separator: "\n\n")
        plugin.description = description.isEmpty ? nil : description
        plugin.solution = solution
        plugin.cvss = [
            QualysText.cvss(cvss2, fallbackVersion: "2.0"), QualysText.cvss(cvss3, fallbackVersion: "3.0"),
        ].compactMap { $0 }
        plugin.cves = Array(Set(cves)).sorted()
        plugin.seeAlso = links.reduce(into: []) { list, link in if !list.contains(link) { list.append(link) } }
        return plugin
    }
}
