extension ScanResult {
    /// The CVE ids of a finding: its plugin's and its own (Nmap scripts), sorted, each once.
    public func cves(of index: Int) -> [String] {
        let finding = findings[index]
        let pluginCVEs = plugins[finding.plugin]?.cves ?? []
        guard !finding.cves.isEmpty else { return pluginCVEs }
        return Array(Set(pluginCVEs + finding.cves)).sorted()
    }

    /// The rating shown for a finding: its own when the scanner gave one per finding, else its
    /// plugin's highest-version rating with a score.
    public func cvss(of index: Int) -> CVSS? {
        findings[index].cvss ?? plugins[findings[index].plugin]?.primaryCVSS
    }
}
