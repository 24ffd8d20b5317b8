import CByteScan

/// HTML being built as UTF-8 bytes: our own markup appended as it is, every other string escaped.
///
/// The escaping is the one swift-mustache applies to `{{…}}` (`&`, `<`, `>`, `"` and `'`), so a
/// block written here is byte for byte what its Mustache partial renders (a test compares them).
struct HTMLBuffer: ~Copyable {
    private var buffer: ByteBuffer
    /// Where each root-relative link written by `link(_:)` starts, while `recordsLinks` is set.
    private var linkStarts: [Int] = []
    /// Whether `link(_:)` notes where its link starts (for `fragment(from:root:)`).
    private var recordsLinks = false

    init(capacity: Int = 4096) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// A copy of the bytes as an array.
    var bytes: [UInt8] { buffer.array }

    /// Lends the bytes written so far, valid only during `body`.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try buffer.withBytes(body)
    }

    /// Appends markup from this program's source, unescaped.
    mutating func raw(_ markup: StaticString) {
        buffer.append(markup)
    }

    /// Appends HTML that is already safe: another block, or libcmark's rendering of our own text.
    ///
    /// Labelled, so that a bare literal goes to `raw(_: StaticString)` (a literal prefers
    /// `String` when both overloads share a name, and building that string was a tenth of
    /// writing each finding row).
    mutating func raw(html: String) {
        buffer.append(html)
    }

    /// Appends markup already made as bytes (by this buffer's own functions, kept for reuse).
    mutating func raw(bytes: [UInt8]) {
        buffer.append(bytes)
    }

    /// The number of bytes written so far.
    var count: Int { buffer.count }

    /// Appends a link relative to the page's way back to the site root (`root + path`, as
    /// `RootedPath.from(_:)` makes it), escaped as `text(_:)` escapes it; between
    /// `startFragment()` and `fragment(from:root:)` it also notes where the link starts.
    mutating func link(_ href: String) {
        if recordsLinks { linkStarts.append(buffer.count) }
        text(href)
    }

    /// Starts noting where links start, for a `fragment(from:root:)` taken from here on; returns
    /// where the fragment starts.
    mutating func startFragment() -> Int {
        recordsLinks = true
        linkStarts.removeAll(keepingCapacity: true)
        return buffer.count
    }

    /// What was written since `start` (from `startFragment()`), with `root` taken out of the front of
    /// every link written since: the same HTML for a page at any depth (`append(_:root:)`). `nil`
    /// when a link did not start with `root` (then the HTML cannot be moved to another depth).
    mutating func fragment(from start: Int, root: String) -> RootedHTML? {
        recordsLinks = false
        let rootBytes = Array(root.utf8)
        let linkStarts = linkStarts
        return buffer.withBytes { written -> RootedHTML? in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(written.count - start)
            var roots: [Int] = []
            roots.reserveCapacity(linkStarts.count)
            var position = start
            for linkStart in linkStarts {
                guard linkStart >= position, linkStart + rootBytes.count <= written.count,
                    written[linkStart..<linkStart + rootBytes.count].elementsEqual(rootBytes)
                else { return nil }
                bytes.append(contentsOf: written[position..<linkStart])
                roots.append(bytes.count)
                position = linkStart + rootBytes.count
            }
            bytes.append(contentsOf: written[position..<written.count])
            return RootedHTML(bytes: bytes, roots: roots)
        }
    }

    /// Appends `fragment` for a page whose way back to the site root is `root`.
    mutating func append(_ fragment: RootedHTML, root: String) {
        fragment.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var position = 0
            for insertion in fragment.roots {
                buffer.append(UnsafeBufferPointer(start: base + position, count: insertion - position))
                buffer.append(root)
                position = insertion
            }
            buffer.append(UnsafeBufferPointer(start: base + position, count: bytes.count - position))
        }
    }

    /// Appends `value` escaped for HTML text and quoted attribute values.
    mutating func text(_ value: String) {
        // Native and small strings lend their bytes without a copy of the string (`withUTF8`
        // needs a `var`: a retain and release per call, a million times on a large site).
        if value.utf8.withContiguousStorageIfAvailable({ escape($0) }) == nil {
            var value = value
            value.withUTF8 { escape($0) }
        }
    }

    private mutating func escape(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        let count = source.count
        var start = 0
        var index = 0
        while index < count {
            // Straight to the next byte that needs escaping: most of every page's text needs
            // none. Long runs sixteen bytes at a time (`bytescan_html`); short ones, most of the
            // values escaped, eight at a time here, where a call into C cost more than it saved.
            if count - index >= WordScan.longRun {
                index += bytescan_html(base + index, count - index)
                guard index < count else { break }
            } else if index + 8 <= count {
                let marks = HTMLBuffer.specials(WordScan.word(base, at: index))
                if marks == 0 {
                    index += 8
                    continue
                }
                index += marks.trailingZeroBitCount >> 3
            }
            let replacement: StaticString
            switch base[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default:
                index += 1
                continue
            }
            buffer.append(UnsafeBufferPointer(start: base + start, count: index - start))
            buffer.append(replacement)
            index += 1
            start = index
        }
        buffer.append(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Non-zero when any of the eight bytes of `word` is `&`, `<`, `>`, `"` or `'` (`WordScan`).
    static func specials(_ word: UInt64) -> UInt64 {
        WordScan.has(word, UInt8(ascii: "&")) | WordScan.has(word, UInt8(ascii: "<"))
            | WordScan.has(word, UInt8(ascii: ">")) | WordScan.has(word, UInt8(ascii: "\""))
            | WordScan.has(word, UInt8(ascii: "'"))
    }

    /// `before`, then `value` escaped, then `after`, when there is a value; nothing when it is
    /// `nil`: what `{{#value}}before{{value}}after{{/value}}` renders in the templates.
    mutating func wrapped(_ before: StaticString, _ value: String?, _ after: StaticString) {
        guard let value else { return }
        raw(before)
        text(value)
        raw(after)
    }

    /// Each of `items`, escaped, between `before` and `after`: what
    /// `{{#items}}before{{.}}after{{/items}}` renders.
    mutating func each(_ items: [String], _ before: StaticString, _ after: StaticString) {
        for item in items { wrapped(before, item, after) }
    }

    /// Appends a number in decimal.
    mutating func text(_ value: Int) {
        raw(html: String(value))
    }

    /// `text` escaped for HTML text and attributes: for HTML built outside a buffer (the mail).
    static func escaped(_ text: String) -> String {
        var html = HTMLBuffer(capacity: text.utf8.count + 16)
        html.text(text)
        return html.string
    }

    /// The HTML as a string.
    var string: String { buffer.withBytes { String(decoding: $0, as: UTF8.self) } }
}
