#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A strict reader for the plain XML scanner exports are written in, several times faster than
/// libxml2 on them, that declines whatever it does not read exactly as `XMLStreamParser` would.
///
/// It reads UTF-8 documents made of elements with ASCII names, attributes, text, the five
/// predefined entities, character references, CDATA sections and comments, and hands the handler
/// the same events as `XMLStreamParser` (names split at the prefix, `xmlns` attributes left out,
/// each run of text in one call, line ends and attribute white space normalised). Anything else
/// (a DOCTYPE, a processing instruction, another encoding, a non-ASCII name, a prefixed
/// attribute) and anything not well-formed (a tag left open, an undefined entity, a forbidden
/// character, invalid UTF-8, a second root) stops it with `XMLScanDecline`: the caller then reads
/// the document with `XMLStreamParser`, which either reads it or reports the problem with its line
/// and column. Events already delivered are not taken back, so a declined handler is thrown away.
///
/// Used for the parts of a large `.nessus` file (`NessusLoader`), where reading is most of the
/// work of a build. Memory stays at the read window (1 MiB, grown only for a longer construct).
struct XMLScanner<Handler: XMLEventHandler>: ~Copyable {
    /// How a scan ended.
    enum Outcome: Equatable {
        case finished
        /// With the reason, for tests and diagnostics.
        case declined(String)
    }

    /// Kept alive here; called through `events`, which lends it without retaining it at
    /// every event (a retain and release per event from a `mutating` method otherwise).
    let handler: Handler
    let events: Unmanaged<Handler>
    var input: XMLScanInput
    var names = XMLScanNames()
    /// The open elements, innermost last.
    var open: [Int] = []
    var rootSeen = false
    var atDocumentStart = true
    /// What the handler said after its last event: whether the coming text is wanted.
    var wantsText = true
    /// Wanted text since the last tag when it could not be handed over in place (decoded,
    /// or in several pieces around a comment or CDATA section).
    var pending: [UInt8] = []
    /// The current start tag's attributes as offsets into the window (or into `decoded`).
    var marks: [AttributeMark] = []
    /// Attribute values that needed decoding.
    var decoded: [UInt8] = []
    /// The pointers behind the current start tag's `XMLAttributes`, kept from tag to tag (an
    /// array made for each tag was an allocation per tag).
    var spans: [UnsafePointer<UInt8>?] = []

    /// Where one attribute's name and value are.
    struct AttributeMark {
        var name: Range<Int>
        /// In the window, or in `decoded` when `inDecoded`.
        var value: Range<Int>
        var inDecoded: Bool
    }

    /// Prepares to read `path` (only `slice` of it when given) with a first window of
    /// `capacity` bytes, growing to at most `maximumWindow` for a long construct.
    ///
    /// - Throws: `PortReportError.input` when the file cannot be opened.
    init(
        path: String, handler: Handler, slice: XMLSlice? = nil, capacity: Int = 1 << 20,
        maximumWindow: Int = XMLScanInput.maximumWindow
    ) throws {
        self.handler = handler
        events = Unmanaged.passUnretained(handler)
        input = try XMLScanInput(path: path, slice: slice, capacity: capacity, maximum: maximumWindow)
    }

    /// Reads the whole document, calling the handler for each event; a read error or an error
    /// the handler throws also ends in `.declined`.
    mutating func scan() -> Outcome {
        do {
            try run()
            return .finished
        } catch let decline as XMLScanDecline {
            return .declined(decline.reason)
        } catch let error as PortReportError {
            return .declined(error.message)
        } catch {
            return .declined("\(error)")
        }
    }

    private mutating func run() throws {
        var position = 0
        _ = try input.refill(keeping: 0)
        while true {
            if let next = try step(at: position) {
                position = next
                continue
            }
            if input.atEnd { return try finish(at: position) }
            position -= try input.refill(keeping: position)
        }
    }

    /// Reads the construct at `position`; returns where the next one starts, or `nil` when the
    /// window ends before this one does.
    private mutating func step(at position: Int) throws -> Int? {
        let base = input.base
        let count = input.count
        guard position < count else { return nil }
        if atDocumentStart { return try declaration(at: position) }
        guard base[position] == UInt8(ascii: "<") else { return try text(at: position) }
        guard position + 1 < count else { return nil }
        switch base[position + 1] {
        case UInt8(ascii: "/"): return try endTag(at: position)
        case UInt8(ascii: "!"): return try markup(at: position)
        case UInt8(ascii: "?"): return try processingInstruction(at: position)
        default: return try startTag(at: position)
        }
    }

    /// The end of the document: only white space may follow the root element.
    private func finish(at position: Int) throws(XMLScanDecline) {
        for index in position..<input.count where !XMLByteClass.isWhiteSpace(input.base[index]) {
            throw XMLScanDecline("the document ends inside a construct or with text after the root element")
        }
        guard rootSeen, open.isEmpty else {
            throw XMLScanDecline(rootSeen ? "the document ends inside an element" : "the document has no root element")
        }
    }

    /// A byte order mark and the XML declaration, if the document starts with them.
    private mutating func declaration(at position: Int) throws(XMLScanDecline) -> Int? {
        let base = input.base
        let count = input.count
        // Enough bytes to tell, unless the document is shorter.
        guard count - position >= 9 || input.atEnd else { return nil }
        var index = position
        if count - index >= 3, base[index] == 0xEF, base[index + 1] == 0xBB, base[index + 2] == 0xBF { index += 3 }
        if count - index >= 6, starts(with: "<?xml", at: index), XMLByteClass.isWhiteSpace(base[index + 5]) {
            guard let end = find("?>", from: index + 5) else {
                if input.atEnd { throw XMLScanDecline("an unterminated XML declaration") }
                return nil
            }
            try checkDeclaration(index + 5..<end)
            index = end + 2
        }
        atDocumentStart = false
        return index
    }

    /// A processing instruction: checked and skipped (`XMLStreamParser` hands none over).
    private func processingInstruction(at start: Int) throws(XMLScanDecline) -> Int? {
        let base = input.base
        var index = start + 2
        guard index < input.count else { return nil }
        guard XMLByteClass.isNameStart(base[index]) else {
            throw XMLScanDecline("a processing instruction without a target")
        }
        while index < input.count && XMLByteClass.isName(base[index]) { index += 1 }
        guard index + 1 < input.count else { return nil }
        // libxml2 limits names (50,000 bytes), targets too: far longer than any scanner writes.
        guard index - start - 2 <= 1000 else { throw XMLScanDecline("a processing instruction target over 1000 bytes") }
        let target = String(
            decoding: UnsafeBufferPointer(start: base + start + 2, count: index - start - 2), as: UTF8.self)
        // `<?xml` anywhere but at the start is an error; `xml-stylesheet` and the like are not.
        guard target.lowercased() != "xml", !target.contains(":") else {
            throw XMLScanDecline("a processing instruction named \(target)")
        }
        guard XMLByteClass.isWhiteSpace(base[index]) || starts(with: "?>", at: index) else {
            throw XMLScanDecline("a malformed processing instruction")
        }
        guard let end = find("?>", from: index) else { return nil }
        try checkCharacters(index..<end)
        return end + 2
    }

    /// Accepts `version="1.0"` with an optional UTF-8 encoding and standalone declaration.
    private func checkDeclaration(_ range: Range<Int>) throws(XMLScanDecline) {
        let text = String(
            decoding: UnsafeBufferPointer(start: input.base + range.lowerBound, count: range.count), as: UTF8.self)
        var rest = Substring(text)
        var seen: [String] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if rest.isEmpty { break }
            guard let equals = rest.firstIndex(of: "=") else { throw XMLScanDecline("a malformed XML declaration") }
            var name = rest[..<equals]
            while let last = name.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
                name = name.dropLast()
            }
            rest = rest[rest.index(after: equals)...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            guard let quote = rest.first, quote == "\"" || quote == "'",
                let close = rest.dropFirst().firstIndex(of: quote)
            else { throw XMLScanDecline("a malformed XML declaration") }
            let value = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            let expected = ["version", "encoding", "standalone"]
            guard let order = expected.firstIndex(of: String(name)),
                seen.allSatisfy({ expected.firstIndex(of: $0) ?? 0 < order })
            else { throw XMLScanDecline("a malformed XML declaration") }
            seen.append(String(name))
            switch name {
            case "version" where value == "1.0": break
            case "encoding" where value.lowercased() == "utf-8": break
            case "standalone" where value == "yes" || value == "no": break
            default: throw XMLScanDecline("the XML declaration says \(name)=\(value)")
            }
            guard rest.isEmpty || rest.first?.isWhitespace == true else {
                throw XMLScanDecline("a malformed XML declaration")
            }
        }
        guard seen.first == "version" else { throw XMLScanDecline("an XML declaration without a version") }
    }

    /// Whether the window holds `literal` at `index`.
    func starts(with literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard input.count - index >= length else { return false }
        return memcmp(input.base + index, literal.utf8Start, length) == 0
    }

    /// The index of the first `literal` at or after `start` in the window, or `nil`.
    func find(_ literal: StaticString, from start: Int) -> Int? {
        let length = literal.utf8CodeUnitCount
        let first = Int32(literal.utf8Start.pointee)
        var index = start
        // `memchr` for the first byte (Glibc's module does not offer `memmem`).
        while input.count - index >= length {
            guard let hit = memchr(input.base + index, first, input.count - index - length + 1) else { return nil }
            let found = input.base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(input.base + found, literal.utf8Start, length) == 0 { return found }
            index = found + 1
        }
        return nil
    }
}
