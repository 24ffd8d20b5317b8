/// Splits long lists across pages so that no page grows past a few megabytes at a million
/// findings: a browser, a web share and a mail attachment all suffer beyond that.
enum Pagination {
    /// At most this many findings on one team or Unassigned page (an asset is never split).
    static let findingsPerPage = 1500
    /// At most this many assets on one page.
    static let assetsPerPage = 150
    /// At most this many rows on one finding or service page.
    static let rowsPerPage = 1000

    /// Consecutive ranges of the section's assets, each a page; never empty, so a team with
    /// nothing still has its page.
    static func chunks(_ section: TeamSection, report: Report) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var start = 0
        var findings = 0
        for (index, item) in section.assets.enumerated() {
            let detail = report.assets[item.asset]
            let count =
                item.ports.reduce(0) { $0 + detail.ports[$1].findings.count }
                + (item.ownsAsset ? detail.hostFindings.count : 0)
            if index > start, findings + count > findingsPerPage || index - start >= assetsPerPage {
                chunks.append(start..<index)
                start = index
                findings = 0
            }
            findings += count
        }
        chunks.append(start..<section.assets.count)
        return chunks
    }

    /// Ranges of `count` rows, `rowsPerPage` each; one empty range when there are none.
    static func rowChunks(_ count: Int) -> [Range<Int>] {
        guard count > rowsPerPage else { return [0..<count] }
        return stride(from: 0, to: count, by: rowsPerPage).map { $0..<min(count, $0 + rowsPerPage) }
    }

    /// `index.html`, `page-2.html`, …: a page's file name inside its folder.
    static func pageFile(_ base: String, page: Int) -> String {
        guard page > 0 else { return base }
        let stem = base.hasSuffix(".html") ? String(base.dropLast(5)) : base
        return stem == "index" ? "page-\(page + 1).html" : "\(stem)-\(page + 1).html"
    }

    /// Pages linked on either side of the current one; the first and last are always linked.
    static let pagerReach = 3

    /// The pager view for page `current` of `count`, with links relative to the pages' folder:
    /// the first and last pages, those within `pagerReach` of the current one, and a gap for each
    /// run left out (every page linking every other was quadratic: hundreds of pages of hundreds
    /// of links on a large Unassigned list).
    static func pager(current: Int, count: Int, base: String) -> Pager? {
        guard count > 1 else { return nil }
        var links: [PagerLink] = []
        for page in 0..<count {
            // A gap would hide a single page: show that page instead.
            let reach =
                pagerReach
                + ((page == 1 && current - pagerReach == 2) || (page == count - 2 && current + pagerReach == count - 3)
                    ? 1 : 0)
            let shown = page == 0 || page == count - 1 || abs(page - current) <= reach
            if shown {
                links.append(
                    PagerLink(
                        href: pageFile(base, page: page), label: "\(page + 1)", isCurrent: page == current, isGap: false
                    ))
            } else if links.last?.isGap == false {
                links.append(PagerLink(href: "", label: "…", isCurrent: false, isGap: true))
            }
        }
        return Pager(
            pagerLabel: "Page \(current + 1) of \(count)", pagerLinks: links,
            previousHref: current > 0 ? pageFile(base, page: current - 1) : nil,
            nextHref: current + 1 < count ? pageFile(base, page: current + 1) : nil)
    }

    /// A page's title with `, page 3 of 7` after the first page of a long list, so that browser
    /// tabs and history tell the pages apart.
    static func title(_ title: String, page: Int, of count: Int) -> String {
        page > 0 && count > 1 ? "\(title), page \(page + 1) of \(count)" : title
    }
}
