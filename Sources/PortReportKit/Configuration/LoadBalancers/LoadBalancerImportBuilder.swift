/// Collects what an importer reads from one file into a `LoadBalancerImport`.
///
/// A VIP found twice in one file (nginx name-based virtual hosts sharing `listen 10.0.0.1:443`,
/// two F5 virtuals on one destination for different VLANs) becomes one virtual server whose pool
/// is the union of both, at the first line: traffic to that VIP:port can reach either pool.
struct LoadBalancerImportBuilder {
    let path: String
    private var servers: [LoadBalancer.VirtualServer] = []
    private var indexByVIP: [Endpoint: Int] = [:]
    private var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// Adds a virtual server, or merges `pool` into the one already read for `vip`.
    mutating func add(vip: Endpoint, pool: [Endpoint], line: Int) {
        if let index = indexByVIP[vip] {
            servers[index].pool = unique(servers[index].pool + pool)
        } else {
            indexByVIP[vip] = servers.count
            servers.append(LoadBalancer.VirtualServer(vip: vip, pool: unique(pool), line: line))
        }
    }

    /// Records something skipped, with the line it is on.
    mutating func warn(_ message: String, line: Int?) {
        diagnostics.append(Diagnostic(path: path, line: line, message: message))
    }

    /// Records something worth knowing that loses nothing certain (an nginx `include`).
    mutating func note(_ message: String, line: Int?) {
        diagnostics.append(Diagnostic(severity: .note, path: path, line: line, message: message))
    }

    /// Records diagnostics produced elsewhere (the tokenizer's).
    mutating func append(_ more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// The virtual servers in file order, and the diagnostics in line order with repeats removed
    /// (a pool used by two VIPs reports its unusable member once).
    func build() -> LoadBalancerImport {
        let ordered = unique(diagnostics).enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? 0, lhs.offset) < (rhs.element.line ?? 0, rhs.offset)
        }
        return LoadBalancerImport(virtualServers: servers, diagnostics: ordered.map(\.element))
    }

    private func unique<Element: Hashable>(_ elements: [Element]) -> [Element] {
        var seen: Set<Element> = []
        return elements.filter { seen.insert($0).inserted }
    }
}
