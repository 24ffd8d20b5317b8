/// Text, references, comments and CDATA sections.
extension XMLScanner {
    /// A run of text up to the next `<`: checked, and handed over (or kept) when wanted.
    mutating func text(at start: Int) throws -> Int? {
        let base = input.base
        let count = input.count
        var index = start
        // Whether the run holds nothing to decode (no reference, no carriage return).
        var plain = true
        let found: Int? = try XMLByteClass.text.withUnsafeBufferPointer { classes throws(XMLScanDecline) -> Int? in
            while index < count {
                // Sixteen bytes at a time up to the first that needs a look.
                XMLByteClass.skipText(base, &index, count)
                guard index < count else { break }
                let kind = classes[Int(base[index])]
                if kind == XMLByteClass.plain {
                    index += 1
                    continue
                }
                switch kind {
                case XMLByteClass.lessThan:
                    return index
                case XMLByteClass.ampersand:
                    guard let (end, _) = try reference(at: index) else { return nil }
                    plain = false
                    index = end
                case XMLByteClass.carriageReturn:
                    plain = false
                    index += 1
                case XMLByteClass.bracket:
                    guard index + 2 < count else { return nil }
                    if base[index + 1] == UInt8(ascii: "]") && base[index + 2] == UInt8(ascii: ">") {
                        throw XMLScanDecline("']]>' in text")
                    }
                    index += 1
                case XMLByteClass.multibyte:
                    guard let end = try utf8Character(at: index, limit: count) else { return nil }
                    index = end
                default:
                    throw XMLScanDecline("a control character in text")
                }
            }
            return nil
        }
        // The `<` that ends the run, and the byte after it (the run goes on after a comment, a
        // CDATA section or a processing instruction, as far as the handler is concerned).
        guard let end = found, end + 1 < count else { return nil }
        if open.isEmpty {
            for index in start..<end where !XMLByteClass.isWhiteSpace(base[index]) {
                throw XMLScanDecline("text outside the root element")
            }
            return end
        }
        guard wantsText, end > start else { return end }
        let next = base[end + 1]
        if plain && pending.isEmpty && next != UInt8(ascii: "!") && next != UInt8(ascii: "?") {
            let text = UnsafeBufferPointer(start: base + start, count: end - start)
            events._withUnsafeGuaranteedRef { $0.characters(text) }
        } else {
            try keep(start..<end, decoding: !plain)
        }
        return end
    }

    /// Appends the window's bytes in `range` to `pending`, with references decoded (when
    /// `decoding`) and line ends normalised.
    mutating func keep(_ range: Range<Int>, decoding: Bool) throws(XMLScanDecline) {
        let base = input.base
        var index = range.lowerBound
        var runStart = index
        while index < range.upperBound {
            let byte = base[index]
            guard byte == UInt8(ascii: "\r") || (decoding && byte == UInt8(ascii: "&")) else {
                index += 1
                continue
            }
            pending.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            if byte == UInt8(ascii: "\r") {
                // CR LF and a lone CR both become LF (XML 1.0 §2.11).
                pending.append(UInt8(ascii: "\n"))
                index += index + 1 < range.upperBound && base[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            } else {
                guard let (end, scalar) = try reference(at: index) else {
                    throw XMLScanDecline("a reference cut off")
                }
                XMLScanner.appendUTF8(scalar, to: &pending)
                index = end
            }
            runStart = index
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
    }

    /// Hands kept text to the handler before the next tag.
    mutating func flushPending() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBufferPointer { text in events._withUnsafeGuaranteedRef { $0.characters(text) } }
        pending.removeAll(keepingCapacity: true)
    }

    /// The reference at `start` (`&`): where it ends and the code point it stands for, or `nil`
    /// when the window ends first.
    func reference(at start: Int) throws(XMLScanDecline) -> (Int, UInt32)? {
        let base = input.base
        let limit = min(input.count, start + 12)
        var end = start + 1
        while end < limit && base[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit else {
            if end < input.count || input.atEnd { throw XMLScanDecline("a malformed or undefined reference") }
            return nil
        }
        let body = UnsafeBufferPointer(start: base + start + 1, count: end - start - 1)
        let scalar: UInt32
        if body.first == UInt8(ascii: "#") {
            guard let value = XMLScanner.characterReference(UnsafeBufferPointer(rebasing: body.dropFirst())),
                XMLByteClass.isCharacter(value)
            else { throw XMLScanDecline("a character reference to no XML character") }
            scalar = value
        } else {
            guard let value = XMLScanner.predefinedEntity(body) else { throw XMLScanDecline("an undefined entity") }
            scalar = value
        }
        return (end + 1, scalar)
    }

    /// The character `lt`, `gt`, `amp`, `quot` or `apos` stand for, compared as bytes (a string
    /// made of each name was most of the cost of a reference).
    static func predefinedEntity(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        // By length first: one comparison for the entity a scan has most of.
        switch name.count {
        case 2: return name.equals("lt") ? 0x3C : name.equals("gt") ? 0x3E : nil
        case 3: return name.equals("amp") ? 0x26 : nil
        case 4: return name.equals("quot") ? 0x22 : name.equals("apos") ? 0x27 : nil
        default: return nil
        }
    }

    /// The value of `123` or `x7B` (after `&#`), or `nil` when malformed or too large.
    static func characterReference(_ digits: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        var body = digits[...]
        let hex = body.first == UInt8(ascii: "x")
        if hex { body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        for byte in body {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * (hex ? 16 : 10) + digit
            guard value <= 0x10_FFFF else { return nil }
        }
        return value
    }

    /// Appends the UTF-8 form of a code point already checked with `XMLByteClass.isCharacter`.
    static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x1_0000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Checks the UTF-8 sequence at `start`: where it ends, or `nil` when `limit` comes first.
    ///
    /// - Throws: `XMLScanDecline` for invalid UTF-8 (overlong forms, surrogates, beyond
    ///   U+10FFFF) and for U+FFFE and U+FFFF, which XML does not allow.
    func utf8Character(at start: Int, limit: Int) throws(XMLScanDecline) -> Int? {
        let base = input.base
        let lead = base[start]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: throw XMLScanDecline("invalid UTF-8")
        }
        guard start + length <= limit else {
            if limit < input.count || input.atEnd { throw XMLScanDecline("invalid UTF-8") }
            return nil
        }
        let second = base[start + 1]
        guard second >= low && second <= high else { throw XMLScanDecline("invalid UTF-8") }
        for offset in 2..<max(2, length) where base[start + offset] & 0xC0 != 0x80 {
            throw XMLScanDecline("invalid UTF-8")
        }
        if lead == 0xEF && second == 0xBF && base[start + 2] >= 0xBE {
            throw XMLScanDecline("U+FFFE or U+FFFF, which XML does not allow")
        }
        return start + length
    }

    /// Checks the characters in `range` (of a comment or CDATA section).
    func checkCharacters(_ range: Range<Int>) throws(XMLScanDecline) {
        let base = input.base
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = base[index]
            if byte >= 0x80 {
                guard let end = try utf8Character(at: index, limit: range.upperBound) else {
                    throw XMLScanDecline("invalid UTF-8")
                }
                index = end
            } else {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    throw XMLScanDecline("a control character")
                }
                index += 1
            }
        }
    }

    /// A comment or CDATA section (anything else after `<!` is declined).
    mutating func markup(at start: Int) throws -> Int? {
        let count = input.count
        guard count - start >= 9 || input.atEnd else { return nil }
        if starts(with: "<!--", at: start) {
            guard let dashes = find("--", from: start + 4) else { return nil }
            guard dashes + 2 < count else { return nil }
            guard input.base[dashes + 2] == UInt8(ascii: ">") else { throw XMLScanDecline("'--' inside a comment") }
            try checkCharacters((start + 4)..<dashes)
            return dashes + 3
        }
        if starts(with: "<![CDATA[", at: start) {
            guard !open.isEmpty else { throw XMLScanDecline("a CDATA section outside the root element") }
            guard let end = find("]]>", from: start + 9) else { return nil }
            // libxml2's push parser hands a carriage return inside CDATA over as it is, where
            // everywhere else it becomes a line feed: left to it.
            if UnsafeBufferPointer(start: input.base + start + 9, count: end - start - 9).contains(0x0D) {
                throw XMLScanDecline("a carriage return inside CDATA")
            }
            try checkCharacters((start + 9)..<end)
            if wantsText {
                pending.append(contentsOf: UnsafeBufferPointer(start: input.base + start + 9, count: end - start - 9))
            }
            return end + 3
        }
        throw XMLScanDecline("a DOCTYPE or other markup declaration")
    }
}
