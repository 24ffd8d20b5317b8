/// Decides which findings an accepted-risk entry (`suppressions:`) covers.
///
/// A suppression applies until the end of its `expires` day, compared with the report's
/// "as of" date (the newest scan date, so the same inputs always give the same report). An
/// expired one stops applying and is listed as expired.
struct SuppressionMatcher {
    private enum Scope {
        case everywhere
        case network(CIDR)
        case endpoint(Endpoint)
        case asset(String)
    }

    private let entries: [(index: Int, suppression: Suppression, scope: Scope)]
    /// Indices (into the configuration's suppressions) that have expired.
    let expired: [Int]

    /// - Parameter asOf: the report date, `YYYY-MM-DD`.
    init(suppressions: [Suppression], asOf: String) {
        var active: [(Int, Suppression, Scope)] = []
        var expired: [Int] = []
        for (index, suppression) in suppressions.enumerated() {
            if let expires = suppression.expires, expires < asOf {
                expired.append(index)
                continue
            }
            active.append((index, suppression, SuppressionMatcher.scope(suppression.scope)))
        }
        entries = active
        self.expired = expired
    }

    /// A scope is a CIDR or address, an `ADDRESS:PORT/TRANSPORT` endpoint, or an asset name.
    private static func scope(_ text: String?) -> Scope {
        guard let text else { return .everywhere }
        if let endpoint = Endpoint(text) { return .endpoint(endpoint) }
        if let network = CIDR(text) { return .network(network) }
        return .asset(text.lowercased())
    }

    /// Whether no suppression is active: nothing can match.
    var isEmpty: Bool { entries.isEmpty }

    /// The index of the first active suppression covering the finding, if any.
    func match(_ finding: Finding, address: IPAddress?, asset: Asset) -> Int? {
        for entry in entries {
            if let plugin = entry.suppression.plugin, plugin != finding.plugin { continue }
            if covers(entry.scope, finding: finding, address: address, asset: asset) { return entry.index }
        }
        return nil
    }

    private func covers(_ scope: Scope, finding: Finding, address: IPAddress?, asset: Asset) -> Bool {
        switch scope {
        case .everywhere:
            return true
        case .network(let network):
            return address.map(network.contains) ?? false
        case .endpoint(let endpoint):
            return address == endpoint.address && finding.port == endpoint.port
        case .asset(let name):
            return asset.definition?.lowercased() == name || asset.displayName.lowercased() == name
                || asset.names.contains(name)
        }
    }
}
