/// The findings of a `FindingList` by group (needing action, informational, suppressed), each
/// written straight from the report when the list is written (`RowHTML.findingList`).
///
/// A large site writes a few hundred thousand finding items; making each a `FindingRow` first
/// retained a dozen strings per item and released them again, from both cores at once.
struct FindingItems {
    let source: FindingItemSource
    /// The way back to the site root from the page the list is on.
    let root: String
    let actionable: [Int]
    let informational: [Int]
    let suppressed: [Int]

    var isEmpty: Bool { actionable.isEmpty && informational.isEmpty && suppressed.isEmpty }

    /// Writes the finding at `index` as `RowHTML.findingItem` writes its row.
    func write(_ index: Int, into html: inout HTMLBuffer) {
        source.views.writeFindingItem(index, root: root, into: &html)
    }
}

/// The view factory that writes `FindingItems`, behind one reference: each list holds a pointer
/// rather than a copy of the factory.
final class FindingItemSource: @unchecked Sendable {
    // Unchecked: ViewFactory holds only immutable values, read from several threads.
    let views: ViewFactory

    init(views: ViewFactory) {
        self.views = views
    }
}
