/// Indices (of findings or observations) grouped by the asset they belong to, each group in
/// the order the indices were given: one flat list and where each asset's part of it starts.
///
/// Built with a counting sort, two passes over integers, so that the work per asset (hashing
/// ports, sorting findings) can then run on every core, each asset's group read on its own.
struct AssetBuckets: Sendable {
    private let starts: [Int]
    private let items: [Int]

    /// - Parameters:
    ///   - indices: the indices to group, in the order each group keeps.
    ///   - assets: the number of assets; `assetOf` answers in `0..<assets`.
    init(_ indices: [Int], assets: Int, assetOf: (Int) -> Int) {
        var counts = [Int](repeating: 0, count: assets + 1)
        var owners: [Int] = []
        owners.reserveCapacity(indices.count)
        for index in indices {
            let asset = assetOf(index)
            owners.append(asset)
            counts[asset + 1] += 1
        }
        for asset in 0..<assets { counts[asset + 1] += counts[asset] }
        starts = counts
        var next = counts
        var items = [Int](repeating: 0, count: indices.count)
        for (position, index) in indices.enumerated() {
            items[next[owners[position]]] = index
            next[owners[position]] += 1
        }
        self.items = items
    }

    /// The indices of asset `asset`, in the order given.
    subscript(asset: Int) -> ArraySlice<Int> {
        items[starts[asset]..<starts[asset + 1]]
    }
}
