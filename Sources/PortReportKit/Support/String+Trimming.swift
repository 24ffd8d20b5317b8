extension StringProtocol {
    /// The text without leading and trailing white space (space, tab, CR, LF and the other
    /// Unicode White_Space characters), like Foundation's whitespace-and-newline trimming (which
    /// also trims U+200B) but without the bridge through NSString that made trimming a third of
    /// loading a .nessus file.
    var trimmed: String {
        // Most scanner values start and end with a visible ASCII character: nothing to trim.
        let scalars = unicodeScalars
        guard let head = scalars.first, let tail = scalars.last else { return "" }
        if (0x21..<0x80).contains(head.value) && (0x21..<0x80).contains(tail.value) { return String(self) }
        guard let first = scalars.firstIndex(where: { !$0.isTrimmable }),
            let last = scalars.lastIndex(where: { !$0.isTrimmable })
        else { return "" }
        // Most scanner values have nothing to trim: no copy then. Otherwise one copy of the bytes
        // (appending scalar by scalar was a fifth of the time to read a large Nessus file).
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(self[first...last])
    }
}

extension String {
    /// `StringProtocol.trimmed`, answered from two bytes for the usual value that starts and ends
    /// with a visible ASCII character (a byte in 0x21-0x7F is a whole scalar in UTF-8): decoding
    /// the first and last scalars was most of the cost of trimming the fields of every item.
    var trimmed: String {
        if hasVisibleASCIIEnds { return self }
        let bytes = utf8
        // ASCII white space at the ends (a plugin's output starts and ends with a line break),
        // byte by byte; a non-ASCII byte at either end may be Unicode white space, so that text
        // goes the scalar way.
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, String.isASCIISpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, String.isASCIISpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        guard start < end else { return "" }
        if bytes[start] < 0x80 && bytes[bytes.index(before: end)] < 0x80 { return String(self[start..<end]) }
        return self[...].trimmed
    }

    /// Whether the first and last bytes are visible ASCII characters (0x21-0x7F): then no white
    /// space of any kind stands at either end, and trimming of any kind has nothing to do.
    var hasVisibleASCIIEnds: Bool {
        guard let head = utf8.first, let tail = utf8.last else { return false }
        return (0x21..<0x80).contains(head) && (0x21..<0x80).contains(tail)
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII part of
    /// Unicode's White_Space.
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

extension Unicode.Scalar {
    /// Unicode white space, with ASCII answered without a property lookup.
    fileprivate var isTrimmable: Bool {
        if value < 0x80 { return String.isASCIISpace(UInt8(value)) }
        return properties.isWhitespace
    }
}

extension String {
    /// The text with bidi control characters (U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C)
    /// written out as `\u{202E}`: for scanner text shown inside a sentence of ours (`scanner: NAME
    /// (guessed)`, `result: FAILED`), which could otherwise reverse the words after it. Wrapping the
    /// text in an isolate would not do: the text itself can close the isolate early. Exports keep
    /// the text as the scanner wrote it.
    var bidiVisible: String {
        guard unicodeScalars.contains(where: \.isBidiControl) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if scalar.isBidiControl {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    fileprivate var isBidiControl: Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }
}

extension String {
    /// The text's lines without empty ones: what `split(whereSeparator: \.isNewline)` gives,
    /// split as bytes when the text is ASCII (line feed, vertical tab, form feed and carriage
    /// return are then its only line breaks, and a CR LF pair leaves only an empty piece, which
    /// is dropped): splitting by Character was a visible part of reading every host's tags.
    var nonEmptyLines: [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isNewline) }
        return utf8.split(whereSeparator: { (0x0A...0x0D).contains($0) }).map { Substring($0) }
    }
}
