extension ScanResult {
    /// The CVE ids of a finding: its plugin's and its own (Nmap scripts), sorted, each once.
    public func cves(of index: Int) -> [String] {
        let finding = findings[index]
        return ScanResult.cves(plugin: plugins[finding.plugin]?.cves ?? [], own: finding.cves)
    }

    /// A finding's CVE ids from its plugin's and its own: the plugin's as they are when it has
    /// none of its own, else both, sorted, each once. For callers that hold the plugin already.
    static func cves(plugin: [String], own: [String]) -> [String] {
        guard !own.isEmpty else { return plugin }
        return Array(Set(plugin + own)).sorted()
    }

    /// The rating shown for a finding: its own when the scanner gave one per finding, else its
    /// plugin's highest-version rating with a score.
    public func cvss(of index: Int) -> CVSS? {
        findings[index].cvss ?? plugins[findings[index].plugin]?.primaryCVSS
    }
}
