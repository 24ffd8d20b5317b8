/// Rows written for one page of a job, kept for the next pages of the same job (`PortItems`).
///
/// Used by one thread at a time: each job, with its store, is rendered by one worker.
final class RowFragments: @unchecked Sendable {
    /// The rows kept for one asset: by the index of the port among the asset's ports, and its
    /// host-level findings. Looked up once per block, then by index for each row (a hashed key
    /// per row was half a percent of a large build).
    final class AssetRows {
        var ports: [RootedHTML?]
        var hostFindings: RootedHTML?

        init(portCount: Int) {
            ports = Array(repeating: nil, count: portCount)
        }
    }

    private var assets: [Int: AssetRows] = [:]

    /// The rows kept for asset `asset`, which has `portCount` ports (none yet, on first ask).
    func rows(of asset: Int, portCount: Int) -> AssetRows {
        if let rows = assets[asset] { return rows }
        let rows = AssetRows(portCount: portCount)
        assets[asset] = rows
        return rows
    }

    /// How many rows (and host-level lists) are kept.
    var count: Int {
        assets.values.reduce(0) { total, rows in
            total + rows.ports.count { $0 != nil } + (rows.hostFindings == nil ? 0 : 1)
        }
    }
}
