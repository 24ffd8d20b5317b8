/// A path inside the site as written from each page depth (`SiteLinks.roots`): `hosts/a.html`,
/// `../hosts/a.html`, `../../hosts/a.html`, joined once.
///
/// Rows link to the same few hundred plugin and service pages and to each host's page from
/// several pages: joining the root and the path per row allocated a string each time.
struct RootedPath: Sendable {
    /// The path from each of `SiteLinks.roots`, in that order.
    private let fromRoots: [String]

    init(_ path: String) {
        fromRoots = SiteLinks.roots.map { $0 + path }
    }

    /// The path from a page whose way back to the site root is `root`.
    func from(_ root: String) -> String {
        if let index = SiteLinks.roots.firstIndex(of: root) { return fromRoots[index] }
        // Not one of the site's depths: joined on the spot (`fromRoots[0]` is the bare path).
        return root + fromRoots[0]
    }
}
