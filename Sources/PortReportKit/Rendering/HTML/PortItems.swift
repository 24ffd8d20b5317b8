/// The port rows of an `AssetBlock`, each written straight from the report when the block is
/// written (`RowHTML.assetBlock`), or copied from `fragments` when the same row was written for
/// another page of the same job.
///
/// A system's rows are the same on the page of the team that owns it and on its own page but
/// for the depth of their links (`RootedHTML`). The job that writes a section page writes the
/// host pages of the systems it owns right after it (`SiteRenderer.PageJob.hosts`): the rows
/// are made and escaped once, and copied the second time.
struct PortItems {
    let source: FindingItemSource
    /// The asset (index into `report.assets`) whose ports these are.
    let asset: Int
    /// The ports shown, as indices into the asset's ports, in order.
    let ports: [Int]
    /// The team whose page this is (`nil` for Unassigned): a port it does not own gets a note.
    let viewingTeam: String?
    /// The way back to the site root from the page the block is on.
    let root: String
    /// The asset's rows already written for another page of this job, and where this block's
    /// rows are kept when `keeps` is set.
    let fragments: RowFragments.AssetRows?
    /// Whether rows written here are kept in `fragments`: only on the page of the team that owns
    /// the asset, whose rows (and notes on ports owned elsewhere) are the asset page's rows.
    let keeps: Bool

    /// Writes the row of `ports[position]`.
    func write(_ position: Int, into html: inout HTMLBuffer) {
        let port = ports[position]
        if let fragment = fragments?.ports[port] { return html.append(fragment, root: root) }
        let start = keeping(&html)
        let row = source.views.portRow(port, of: asset, ownerTeam: viewingTeam, root: root, items: source)
        RowHTML.portRow(row, into: &html)
        if let start, let fragment = html.fragment(from: start, root: root) { fragments?.ports[port] = fragment }
    }

    /// Writes `list`, the asset's host-level findings.
    func writeHostFindings(_ list: FindingList, into html: inout HTMLBuffer) {
        if let fragment = fragments?.hostFindings { return html.append(fragment, root: root) }
        let start = keeping(&html)
        RowHTML.findingList(list, into: &html)
        if let start, let fragment = html.fragment(from: start, root: root) { fragments?.hostFindings = fragment }
    }

    /// Where what is written next starts, when it is to be kept.
    private func keeping(_ html: inout HTMLBuffer) -> Int? {
        guard keeps, fragments != nil else { return nil }
        return html.startFragment()
    }
}
