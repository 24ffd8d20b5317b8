#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Start and end tags.
extension XMLScanner {
    /// A start tag (or empty-element tag) at `start`; its events once it is whole in the window.
    mutating func startTag(at start: Int) throws -> Int? {
        let base = input.base
        let count = input.count
        guard let nameEnd = try nameEnd(from: start + 1) else { return nil }
        // Emptied only when used: most tags have no attributes, and emptying an array keeping
        // its room is a call through the generic replacement path.
        if !marks.isEmpty { marks.removeAll(keepingCapacity: true) }
        if !decoded.isEmpty { decoded.removeAll(keepingCapacity: true) }
        var index = nameEnd
        var empty = false
        while true {
            let spaced = skipWhiteSpace(&index)
            guard index < count else { return nil }
            let byte = base[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard index + 1 < count else { return nil }
                guard base[index + 1] == UInt8(ascii: ">") else { throw XMLScanDecline("'/' inside a start tag") }
                empty = true
                index += 2
                break
            }
            guard spaced else { throw XMLScanDecline("attributes not separated by white space") }
            let attributeStart = index
            guard let attributeEnd = try self.nameEnd(from: index) else { return nil }
            index = attributeEnd
            skipWhiteSpace(&index)
            guard index < count else { return nil }
            guard base[index] == UInt8(ascii: "=") else { throw XMLScanDecline("an attribute without a value") }
            index += 1
            skipWhiteSpace(&index)
            guard index < count else { return nil }
            let quote = base[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw XMLScanDecline("an attribute value without quotes")
            }
            guard let (valueEnd, plain) = try attributeValue(from: index + 1, quote: quote) else { return nil }
            marks.append(
                AttributeMark(name: attributeStart..<attributeEnd, value: (index + 1)..<valueEnd, inDecoded: !plain))
            index = valueEnd + 1
        }
        try openElement(UnsafeBufferPointer(start: base + start + 1, count: nameEnd - start - 1), empty: empty)
        return index
    }

    /// Delivers a start tag whose attributes are in `marks`.
    private mutating func openElement(_ name: UnsafeBufferPointer<UInt8>, empty: Bool) throws {
        if open.isEmpty && rootSeen { throw XMLScanDecline("a second root element") }
        rootSeen = true
        let identifier = try names.identifier(of: name)
        try prepareAttributes()
        flushPending()
        let local = names.local(identifier)
        let prefix = names.prefix(identifier)
        if marks.isEmpty {
            try events._withUnsafeGuaranteedRef {
                try $0.startElement(local, prefix: prefix, attributes: XMLAttributes(spans: nil, count: 0))
            }
        } else {
            try deliverStart(local, prefix: prefix)
        }
        wantsText = events._withUnsafeGuaranteedRef { $0.wantsCharacters }
        if empty {
            try events._withUnsafeGuaranteedRef { try $0.endElement(local, prefix: prefix) }
            wantsText = events._withUnsafeGuaranteedRef { $0.wantsCharacters }
        } else {
            // libxml2 stops documents nested too deep by limits of its own (its "huge" option
            // lifts them): anything deep is left to it, to answer the same.
            guard open.count < 255 else { throw XMLScanDecline("elements nested more than 255 deep") }
            open.append(identifier)
        }
    }

    /// The start tag's event with the attributes in `marks`, as spans of four pointers each
    /// (`XMLAttributes(spans:count:)`), made only now: decoding may have moved `decoded`.
    private mutating func deliverStart(_ local: String, prefix: String?) throws {
        let base = input.base
        if !spans.isEmpty { spans.removeAll(keepingCapacity: true) }
        try decoded.withUnsafeBufferPointer { decodedBytes in
            for index in marks.indices {
                let name = marks[index].name
                let value = marks[index].value
                // Namespace declarations are not attributes in SAX2.
                if isNamespaceDeclaration(name) { continue }
                let values =
                    marks[index].inDecoded ? (decodedBytes.baseAddress ?? UnsafePointer(base)) : UnsafePointer(base)
                spans.append(UnsafePointer(base + name.lowerBound))
                spans.append(UnsafePointer(base + name.upperBound))
                spans.append(values + value.lowerBound)
                spans.append(values + value.upperBound)
            }
            try spans.withUnsafeBufferPointer { pointers in
                let attributes = XMLAttributes(spans: pointers.baseAddress, count: pointers.count / 4)
                try events._withUnsafeGuaranteedRef {
                    try $0.startElement(local, prefix: prefix, attributes: attributes)
                }
            }
        }
    }

    /// Checks the attribute names and decodes the values that need it into `decoded`.
    private mutating func prepareAttributes() throws(XMLScanDecline) {
        let base = input.base
        for index in marks.indices {
            let name = marks[index].name
            if !isNamespaceDeclaration(name),
                UnsafeBufferPointer(start: base + name.lowerBound, count: name.count).contains(UInt8(ascii: ":"))
            {
                throw XMLScanDecline("a prefixed attribute")
            }
            for earlier in 0..<index where marks[earlier].name.count == name.count {
                if memcmp(base + marks[earlier].name.lowerBound, base + name.lowerBound, name.count) == 0 {
                    throw XMLScanDecline("an attribute given twice")
                }
            }
            guard marks[index].inDecoded else { continue }
            let start = decoded.count
            try decodeAttribute(marks[index].value)
            marks[index].value = start..<decoded.count
        }
    }

    /// Whether the attribute is `xmlns` or `xmlns:` with a prefix that is a name without a
    /// colon: libxml2 takes those for namespace declarations, and anything else (`xmlns:1`,
    /// `xmlns:`) for an attribute of that whole name, which this reader declines as prefixed.
    private func isNamespaceDeclaration(_ name: Range<Int>) -> Bool {
        guard starts(with: "xmlns", at: name.lowerBound) else { return false }
        if name.count == 5 { return true }
        let base = input.base
        guard name.count > 6, base[name.lowerBound + 5] == UInt8(ascii: ":") else { return false }
        let first = base[name.lowerBound + 6]
        guard XMLByteClass.isNameStart(first), first != UInt8(ascii: ":") else { return false }
        return !UnsafeBufferPointer(start: base + name.lowerBound + 6, count: name.count - 6)
            .contains(UInt8(ascii: ":"))
    }

    /// Appends the value in `range` to `decoded`: references decoded, white space normalised to
    /// spaces (a CR LF pair to one), as XML 1.0 §3.3.3 has it for attributes of no declared type.
    private mutating func decodeAttribute(_ range: Range<Int>) throws(XMLScanDecline) {
        let base = input.base
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "&"):
                guard let (end, scalar) = try reference(at: index) else { throw XMLScanDecline("a reference cut off") }
                XMLScanner.appendUTF8(scalar, to: &decoded)
                index = end
            case UInt8(ascii: "\r"):
                decoded.append(UInt8(ascii: " "))
                index += index + 1 < range.upperBound && base[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                decoded.append(UInt8(ascii: " "))
                index += 1
            default:
                decoded.append(byte)
                index += 1
            }
        }
    }

    /// The value starting at `start` up to the closing `quote`: its end and whether it needs
    /// no decoding, or `nil` when the window ends first.
    private func attributeValue(from start: Int, quote: UInt8) throws(XMLScanDecline) -> (Int, Bool)? {
        let base = input.base
        let count = input.count
        var index = start
        var plain = true
        return try XMLByteClass.attribute.withUnsafeBufferPointer { classes throws(XMLScanDecline) -> (Int, Bool)? in
            while index < count {
                XMLByteClass.skipAttribute(base, &index, count, quote: quote)
                guard index < count else { break }
                let byte = base[index]
                let kind = classes[Int(byte)]
                if kind == XMLByteClass.plain {
                    index += 1
                    continue
                }
                switch kind {
                case XMLByteClass.quote:
                    if byte == quote { return (index, plain) }
                    index += 1
                case XMLByteClass.ampersand:
                    guard let (end, _) = try reference(at: index) else { return nil }
                    plain = false
                    index = end
                case XMLByteClass.carriageReturn, XMLByteClass.whiteSpace:
                    plain = false
                    index += 1
                case XMLByteClass.multibyte:
                    guard let end = try utf8Character(at: index, limit: count) else { return nil }
                    index = end
                case XMLByteClass.lessThan:
                    throw XMLScanDecline("'<' in an attribute value")
                default:
                    throw XMLScanDecline("a control character in an attribute value")
                }
            }
            return nil
        }
    }

    /// An end tag at `start`: it must close the innermost open element.
    mutating func endTag(at start: Int) throws -> Int? {
        let count = input.count
        guard let identifier = open.last else { throw XMLScanDecline("an end tag with no element open") }
        // Most end tags are the open element's name and `>`: compared straight away, without
        // reading the name first.
        let length = names.length(identifier)
        var index: Int
        if start + 2 + length < count,
            input.base[start + 2 + length] == UInt8(ascii: ">"),
            names.matches(identifier, UnsafeBufferPointer(start: input.base + start + 2, count: length))
        {
            index = start + 2 + length
        } else {
            guard let nameEnd = try nameEnd(from: start + 2) else { return nil }
            index = nameEnd
            skipWhiteSpace(&index)
            guard index < count else { return nil }
            guard input.base[index] == UInt8(ascii: ">") else { throw XMLScanDecline("a malformed end tag") }
            guard
                names.matches(
                    identifier, UnsafeBufferPointer(start: input.base + start + 2, count: nameEnd - start - 2))
            else { throw XMLScanDecline("an end tag that does not match the open element") }
        }
        flushPending()
        open.removeLast()
        let local = names.local(identifier)
        let prefix = names.prefix(identifier)
        try events._withUnsafeGuaranteedRef { try $0.endElement(local, prefix: prefix) }
        wantsText = events._withUnsafeGuaranteedRef { $0.wantsCharacters }
        return index + 1
    }

    /// The end of the name starting at `start`, or `nil` when the window ends first.
    ///
    /// - Throws: `XMLScanDecline` when no name starts there, or it holds a non-ASCII letter (which
    ///   libxml2 reads and checks against the XML name rules; this reader leaves them to it).
    private func nameEnd(from start: Int) throws(XMLScanDecline) -> Int? {
        let base = input.base
        let count = input.count
        guard start < count else { return nil }
        guard XMLByteClass.isNameStart(base[start]) else { throw XMLScanDecline("a tag without a name") }
        var index = start + 1
        while index < count && XMLByteClass.isName(base[index]) { index += 1 }
        guard index < count else { return nil }
        if base[index] >= 0x80 { throw XMLScanDecline("a non-ASCII name") }
        // libxml2 limits names (50,000 bytes); far longer than any scanner writes.
        if index - start > 1000 { throw XMLScanDecline("a name longer than 1000 bytes") }
        return index
    }

    /// Moves `index` past white space; whether there was any.
    @discardableResult
    private func skipWhiteSpace(_ index: inout Int) -> Bool {
        let start = index
        while index < input.count && XMLByteClass.isWhiteSpace(input.base[index]) { index += 1 }
        return index > start
    }
}
