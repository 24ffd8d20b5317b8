import Mustache

/// The start and end of every page at one depth, rendered once from `head.mustache` and
/// `foot.mustache` with a hole where the page's title goes: pages written by `RowHTML` (host
/// pages, tens of thousands on a large scan) start and end with these instead of rendering the
/// two partials each time.
struct PageShell: Sendable {
    /// The head up to the page title, and from it to the start of the content.
    var beforeTitle: String
    var afterTitle: String
    var foot: String

    /// Stands in for the title: nothing in it is escaped, and no scanner text holds it whole.
    private static let hole = "\u{E000}portreport-page-title\u{E000}"

    /// - Returns: `nil` when a partial is missing or the title does not appear exactly once.
    init?(library: MustacheLibrary, chrome: PageChrome) {
        var chrome = chrome
        chrome.pageTitle = PageShell.hole
        let view = ShellView(chrome: chrome)
        guard let head = library.render(view, withTemplate: "head"),
            let foot = library.render(view, withTemplate: "foot")
        else { return nil }
        let parts = head.components(separatedBy: PageShell.hole)
        guard parts.count == 2 else { return nil }
        beforeTitle = parts[0]
        afterTitle = parts[1]
        self.foot = foot
    }

    /// A whole page titled `title`: this shell's head, what `body` writes, this shell's foot. The
    /// buffer itself is returned, for the site writer to write from (an array of its bytes was a
    /// copy of every page, and for large pages a fresh mapping of memory each time).
    /// - Parameter capacity: the bytes to make room for at first (the buffer grows past it).
    func page(title: String, capacity: Int, _ body: (inout HTMLBuffer) -> Void) -> HTMLBuffer {
        var html = HTMLBuffer(capacity: capacity)
        head(title: title, into: &html)
        body(&html)
        html.raw(html: foot)
        return html
    }

    /// The head for a page titled `title`.
    func head(title: String, into html: inout HTMLBuffer) {
        html.raw(html: beforeTitle)
        html.text(title)
        html.raw(html: afterTitle)
    }
}
