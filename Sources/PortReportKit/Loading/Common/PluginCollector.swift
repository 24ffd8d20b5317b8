/// Collects the plugin text of one input whose records each repeat it (CSV rows, JSON objects):
/// the first record's text is kept, and the CVE and CWE ids of every record of the plugin are
/// merged, since some exports spread them over several rows.
struct PluginCollector {
    private var plugins: [PluginKey: PluginInfo] = [:]

    mutating func add(_ plugin: PluginInfo) {
        guard var known = plugins[plugin.key] else {
            plugins[plugin.key] = plugin
            return
        }
        let cves = Set(known.cves).union(plugin.cves)
        if cves.count != known.cves.count { known.cves = cves.sorted() }
        let cwes = Set(known.cwes).union(plugin.cwes)
        if cwes.count != known.cwes.count {
            known.cwes = cwes.sorted { (Int($0.dropFirst(4)) ?? 0) < (Int($1.dropFirst(4)) ?? 0) }
        }
        plugins[plugin.key] = known
    }

    /// Registers every plugin in `result`, in key order so the outcome never depends on hashing.
    func register(in result: inout ScanResult) {
        for key in plugins.keys.sorted() {
            if let plugin = plugins[key] { result.register(plugin) }
        }
    }
}
