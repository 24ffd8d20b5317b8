/// HTML being built as UTF-8 bytes: our own markup appended as it is, every other string escaped.
///
/// The escaping is the one swift-mustache applies to `{{…}}` (`&`, `<`, `>`, `"` and `'`), so a
/// block written here is byte for byte what its Mustache partial renders (a test compares them).
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup from this program's source, unescaped.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends HTML that is already safe: another block, or libcmark's rendering of our own text.
    mutating func raw(_ html: String) {
        bytes.append(contentsOf: html.utf8)
    }

    /// Appends `value` escaped for HTML text and quoted attribute values.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { source in
            var start = 0
            for index in source.indices {
                let replacement: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    /// `before`, then `value` escaped, then `after`, when there is a value; nothing when it is
    /// `nil`: what `{{#value}}before{{value}}after{{/value}}` renders in the templates.
    mutating func wrapped(_ before: StaticString, _ value: String?, _ after: StaticString) {
        guard let value else { return }
        raw(before)
        text(value)
        raw(after)
    }

    /// Appends a number in decimal.
    mutating func text(_ value: Int) {
        raw(String(value))
    }

    /// `text` escaped for HTML text and attributes: for HTML built outside a buffer (the mail).
    static func escaped(_ text: String) -> String {
        var html = HTMLBuffer(capacity: text.utf8.count + 16)
        html.text(text)
        return html.string
    }

    /// The HTML as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
