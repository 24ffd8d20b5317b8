/// Rows written for one page of a job, kept for the next pages of the same job (`PortItems`).
///
/// Used by one thread at a time: each job, with its store, is rendered by one worker.
final class RowFragments: @unchecked Sendable {
    /// A port of an asset (`slot` its index among the asset's ports), or its host-level findings
    /// (`slot` -1).
    struct Key: Hashable {
        let asset: Int
        let slot: Int
    }

    private var kept: [Key: RootedHTML] = [:]

    /// How many rows (and host-level lists) are kept.
    var count: Int { kept.count }

    subscript(key: Key) -> RootedHTML? {
        get { kept[key] }
        set { kept[key] = newValue }
    }
}
