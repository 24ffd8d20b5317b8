import Foundation

extension NucleiRecordConverter {
    /// The template's text, from the result's `info` object.
    ///
    /// - name: `info.name`, else the template id. family: the protocol `type` (`http`, `dns`,
    ///   `ssl`, `network`…).
    /// - description: `info.description`; solution: `info.remediation`.
    /// - references: `info.reference`, an array or a string with one per line (a leading `- ` is
    ///   removed); absent or `null` → none.
    /// - CVEs: `info.classification.cve-id`, an array or a string; ids are upper-cased and
    ///   anything that is no CVE id is dropped.
    /// - CWEs: `info.classification.cwe-id`, an array or a string; `cwe-79`, `CWE-79` and `79`
    ///   become `CWE-79`, anything else (`nvd-cwe-other`) is dropped.
    /// - CVSS: `info.classification.cvss-score` with `cvss-metrics`; the version comes from the
    ///   vector's prefix, else 3.1 (the version Nuclei templates use).
    /// - EPSS: `info.classification.epss-score` when in 0–1.
    static func plugin(_ record: JSONValue, key: PluginKey) -> PluginInfo {
        let info = record["info"] ?? .null
        let classification = info["classification"] ?? .null
        var plugin = PluginInfo(key: key, name: ExportText.value(info["name"]?.text) ?? key.id)
        plugin.family = ExportText.value(record["type"]?.text)
        plugin.description = ExportText.value(info["description"]?.text)
        plugin.solution = ExportText.value(info["remediation"]?.text)
        plugin.seeAlso = (info["reference"]?.texts ?? []).flatMap { $0.split(whereSeparator: \.isNewline) }
            .compactMap { line in
                var text = line.trimmed
                if text.hasPrefix("- ") { text.removeFirst(2) }
                return ExportText.value(text)
            }
        plugin.cves = ExportText.cves(in: (classification["cve-id"]?.texts ?? []).joined(separator: ",")).sorted()
        let cwes = (classification["cwe-id"]?.texts ?? []).flatMap { ExportText.list($0) }
        plugin.cwes = Array(Set(cwes.compactMap(NessusItemConverter.normaliseCWE)))
            .sorted { (Int($0.dropFirst(4)) ?? 0) < (Int($1.dropFirst(4)) ?? 0) }
        let score = classification["cvss-score"]?.text
        let vector = classification["cvss-metrics"]?.text
        plugin.cvss = CVSS(score: score, vector: vector, fallbackVersion: "3.1").map { [$0] } ?? []
        plugin.epss = classification["epss-score"]?.number.flatMap { (0...1).contains($0) ? $0 : nil }
        return plugin
    }
}
