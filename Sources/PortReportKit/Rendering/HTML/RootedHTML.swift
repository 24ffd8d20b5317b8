/// HTML written for one page depth and freed of it: the bytes with the way back to the site root
/// (`""`, `"../"`, `"../../"`) taken out of the front of every root-relative link, and where each
/// was taken out, so that the same HTML can be written into a page at any depth
/// (`HTMLBuffer.append(_:root:)`).
///
/// A system's port rows are the same on its team's page and on its own page but for the depth of
/// their links: written once for the team's page, kept, and copied into the system's page.
struct RootedHTML: Sendable {
    /// The HTML without the roots, as UTF-8.
    let bytes: [UInt8]
    /// Offsets into `bytes`, ascending, where a page's root goes.
    let roots: [Int]
}
