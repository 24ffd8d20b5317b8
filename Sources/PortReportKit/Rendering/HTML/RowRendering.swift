import Mustache

/// How the repeated blocks of a page become HTML: written directly (`compiled`, what builds use)
/// or through their Mustache partials (`templates`, the reference the compiled blocks are tested
/// against).
enum RowRendering: Sendable {
    case compiled
    case templates(MustacheLibrary)

    /// Asset blocks one after another, as `{{#assets}}{{> asset-block}}{{/assets}}` would give them.
    func assetBlocks(_ blocks: [AssetBlock]) -> String {
        render(blocks, partial: "asset-block", RowHTML.assetBlock)
    }

    /// Rows of a finding page's table of places.
    func affectedRows(_ rows: [AffectedRow]) -> String {
        render(rows, partial: "affected-row", RowHTML.affectedRow)
    }

    /// Rows of a service page's table of systems.
    func serviceRows(_ rows: [ServiceRow]) -> String {
        render(rows, partial: "service-row", RowHTML.serviceRow)
    }

    private func render<T>(_ items: [T], partial: String, _ write: (T, inout HTMLBuffer) -> Void) -> String {
        switch self {
        case .compiled:
            var html = HTMLBuffer(capacity: 2048 * max(1, items.count))
            for item in items { write(item, &html) }
            return html.string
        case .templates(let library):
            // A partial the library lacks renders as nil; SiteRenderer registers every one it names.
            return items.map { library.render($0, withTemplate: partial) ?? "" }.joined()
        }
    }
}
