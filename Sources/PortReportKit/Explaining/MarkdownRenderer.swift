import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders trusted Markdown (our service explanations) to HTML through libcmark.
///
/// Always with libcmark's default, safe options: raw HTML is replaced by a comment and
/// `javascript:`, `vbscript:`, `file:` and most `data:` links are blanked. `CMARK_OPT_UNSAFE` is
/// never passed. Scanner text never comes here: it is escaped by the templates instead.
enum MarkdownRenderer {
    static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        let rendered = bytes.withUnsafeBufferPointer { buffer -> UnsafeMutablePointer<CChar>? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_markdown_to_html($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
