import CByteScan

/// What each byte means to `XMLScanner` in text and in attribute values, looked up in a table
/// of 256 entries so that the common case (a plain ASCII byte) costs one load and one test.
enum XMLByteClass {
    /// Nothing to do: copied or skipped as it is.
    static let plain: UInt8 = 0
    /// `<`: ends a run of text (in an attribute value, not allowed).
    static let lessThan: UInt8 = 1
    /// `&`: starts an entity or character reference.
    static let ampersand: UInt8 = 2
    /// Carriage return: a line end to normalise (XML 1.0 §2.11).
    static let carriageReturn: UInt8 = 3
    /// `]`: may start `]]>`, which text must not contain.
    static let bracket: UInt8 = 4
    /// The first byte of a multi-byte UTF-8 sequence (or a stray continuation byte).
    static let multibyte: UInt8 = 5
    /// A control character XML does not allow.
    static let forbidden: UInt8 = 6
    /// In attribute values: the two quotes, and tab and line feed (normalised to spaces).
    static let quote: UInt8 = 7
    static let whiteSpace: UInt8 = 8

    /// Classes for character data between tags.
    static let text: [UInt8] = table(attribute: false)
    /// Classes for attribute values.
    static let attribute: [UInt8] = table(attribute: true)

    private static func table(attribute: Bool) -> [UInt8] {
        (0..<256).map { value -> UInt8 in
            switch value {
            case 0x3C: return lessThan
            case 0x26: return ampersand
            case 0x0D: return carriageReturn
            case 0x5D: return attribute ? plain : bracket
            case 0x22, 0x27: return attribute ? quote : plain
            case 0x09, 0x0A: return attribute ? whiteSpace : plain
            case 0..<0x20: return forbidden
            case 0x80...: return multibyte
            default: return plain
            }
        }
    }

    /// Whether `byte` is XML white space (space, tab, line feed, carriage return).
    @inline(__always)
    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Whether `byte` may start a name in the ASCII subset `XMLScanner` reads (`[A-Za-z_:]`).
    @inline(__always)
    static func isNameStart(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || byte == 0x5F || byte == 0x3A
    }

    /// Whether `byte` may continue such a name (`[A-Za-z0-9._:-]`).
    @inline(__always)
    static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    /// Whether the code point is a character XML 1.0 allows (§2.2).
    static func isCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: return true
        default: return false
        }
    }

    /// Moves `index` to the first byte of text that needs a look, or to `count`: `<`, `&`, `]`, a
    /// carriage return, a non-ASCII byte or a control character other than tab and line feed
    /// (plain in text: marking them stopped the scan at every line). Sixteen bytes at a time
    /// (`bytescan_xml_text`): text is most of a scan's bytes, plugin descriptions above all.
    @inline(__always)
    static func skipText(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int) {
        guard index < count else { return }
        index += bytescan_xml_text(base + index, count - index)
    }

    /// The same for an attribute value closed by `quote`: the quote, `<`, `&`, any control
    /// character (tab and line feed become spaces there) or a non-ASCII byte.
    @inline(__always)
    static func skipAttribute(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, quote: UInt8) {
        skipWords(base, &index, count) { word in
            WordScan.has(word, quote) | WordScan.has(word, UInt8(ascii: "<")) | WordScan.has(word, UInt8(ascii: "&"))
                | WordScan.hasBelow(word, 0x20) | (word & 0x8080_8080_8080_8080)
        }
    }

    /// Moves `index` on eight bytes at a time while `marks` (a `WordScan` test) finds nothing in
    /// the word there, then to the first byte it marks: the lowest mark is exact, as a borrow
    /// only marks bytes above a match.
    @inline(__always)
    private static func skipWords(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, _ marks: (UInt64) -> UInt64
    ) {
        while index + 8 <= count {
            let found = marks(WordScan.word(base, at: index))
            if found != 0 {
                index += found.trailingZeroBitCount >> 3
                return
            }
            index += 8
        }
    }
}
