import CXMLStream

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams an XML file through libxml2's SAX2 push parser (behind `CXMLStream`), never building
/// a tree.
///
/// Safety: DTDs are not loaded, the network is off, and any entity declaration stops the parse
/// with an error, so neither external entities (XXE) nor entity expansion bombs get through.
/// Memory stays bounded by the 256 KiB read buffer plus what the handler keeps.
final class XMLStreamParser {
    private let path: String
    /// Held strongly, as a `let`: calls through a borrowed parser then borrow the handler too,
    /// where an `unowned` reference cost an atomic retain and release at every event (a tenth of
    /// loading a large scan). The handler holds no reference back, so there is no cycle.
    private let handler: XMLEventHandler
    /// Element names already made into strings (`XMLNameCache`).
    private let names = XMLNameCache()
    private var session: OpaquePointer?
    /// Only this part of the file, framed as a document; `nil` for the whole file.
    private let slice: XMLSlice?

    init(path: String, handler: XMLEventHandler, slice: XMLSlice? = nil) {
        self.path = path
        self.handler = handler
        self.slice = slice
    }

    /// Parses the whole file, calling the handler for each event.
    ///
    /// - Throws: `PortReportError` naming the file, line and column of the first fatal problem
    ///   (malformed XML, a truncated file, an entity declaration) or of an error the handler threw.
    func parse() throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PortReportError.input(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }

        // Addresses of names are only good for one parser session.
        names.reset()
        var callbacks = xs_handler()
        // The callbacks borrow the parser (`withParser`) rather than retain it: the parse runs
        // inside `parse()`, which holds it.
        callbacks.start_element = { user, localname, prefix, count, attributes in
            guard let localname else { return }
            XMLStreamParser.withParser(user) { parser in
                let name = parser.names.name(localname)
                let prefix = prefix.map { parser.names.name($0) }
                parser.deliver {
                    try $0.startElement(
                        name, prefix: prefix,
                        attributes: XMLAttributes(pointer: attributes, count: Int(count)))
                }
                parser.askForText()
            }
        }
        callbacks.end_element = { user, localname, prefix in
            guard let localname else { return }
            XMLStreamParser.withParser(user) { parser in
                let name = parser.names.name(localname)
                let prefix = prefix.map { parser.names.name($0) }
                parser.deliver {
                    try $0.endElement(name, prefix: prefix)
                }
                parser.askForText()
            }
        }
        callbacks.characters = { user, bytes, length in
            guard let bytes, length > 0 else { return }
            XMLStreamParser.withParser(user) { parser in
                parser.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
        guard let session = xs_session_create(path, &callbacks, Unmanaged.passUnretained(self).toOpaque()) else {
            throw PortReportError.input(path: path, message: "libxml2 could not create a parser")
        }
        self.session = session
        defer {
            xs_session_free(session)
            self.session = nil
        }

        let capacity = 256 * 1024
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var remaining = Int.max
        var first = true
        if let slice {
            guard lseek(descriptor, off_t(slice.range.lowerBound), SEEK_SET) >= 0 else {
                throw PortReportError.input(path: path, message: "cannot seek: \(String(cString: strerror(errno)))")
            }
            remaining = slice.range.count
            var prefix = slice.prefix.map { CChar(bitPattern: $0) }
            if !prefix.isEmpty {
                prefix.withUnsafeMutableBufferPointer { XMLStreamParser.blankLateDeclaration($0) }
                first = false
                if xs_session_feed(session, prefix, Int32(prefix.count), 0) != 0 { remaining = 0 }
            }
        }
        while remaining > 0 {
            let count = read(descriptor, buffer, min(capacity, remaining))
            if count < 0 {
                throw PortReportError.input(path: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if first {
                XMLStreamParser.blankLateDeclaration(UnsafeMutableBufferPointer(start: buffer, count: count))
                first = false
            }
            remaining -= count
            if count == 0 { remaining = 0 }
            let last = remaining == 0 && (slice?.suffix.isEmpty ?? true)
            if xs_session_feed(session, buffer, Int32(count), last ? 1 : 0) != 0 || last { break }
        }
        if let suffix = slice?.suffix, !suffix.isEmpty, xs_session_error(session) == nil {
            let bytes = suffix.map { CChar(bitPattern: $0) }
            _ = xs_session_feed(session, bytes, Int32(bytes.count), 1)
        }
        if let failure = xs_session_error(session) {
            let message = withUnsafeBytes(of: failure.pointee.message) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            throw PortReportError.input(
                path: path, line: Int(failure.pointee.line), column: Int(failure.pointee.column),
                message: message)
        }
    }

    /// Some tools write a comment before the XML declaration, which XML forbids (the declaration
    /// must come first) and libxml2 rejects. The declaration says nothing we need (the content is
    /// UTF-8), so it is overwritten with spaces: line and column numbers stay true.
    static func blankLateDeclaration(_ bytes: UnsafeMutableBufferPointer<CChar>) {
        let raw = UnsafeMutableRawBufferPointer(bytes)
        var index = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard !raw[index...].starts(with: Array("<?xml".utf8)) else { return }
        // Only comments and white space may stand before a late declaration.
        while index < raw.count {
            let byte = raw[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if raw[index...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: raw, from: index + 4) else { return }
                index = end + 3
            } else {
                break
            }
        }
        guard raw[index...].starts(with: Array("<?xml".utf8)),
            let end = find(Array("?>".utf8), in: raw, from: index + 5)
        else { return }
        for position in index..<(end + 2) where raw[position] != 0x0A { raw[position] = 0x20 }
    }

    private static func find(_ needle: [UInt8], in raw: UnsafeMutableRawBufferPointer, from start: Int) -> Int? {
        var index = start
        while index + needle.count <= raw.count {
            if raw[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Passes the handler's wish for the coming text on to the C side.
    private func askForText() {
        guard let session else { return }
        xs_session_want_characters(session, handler.wantsCharacters ? 1 : 0)
    }

    private static func withParser(_ user: UnsafeMutableRawPointer?, _ body: (XMLStreamParser) -> Void) {
        guard let user else { return }
        Unmanaged<XMLStreamParser>.fromOpaque(user)._withUnsafeGuaranteedRef(body)
    }

    private func deliver(_ event: (XMLEventHandler) throws -> Void) {
        do {
            try event(handler)
        } catch let error as PortReportError {
            fail(error.message)
        } catch {
            fail("\(error)")
        }
    }

    private func fail(_ message: String) {
        guard let session else { return }
        xs_session_fail(session, message)
    }
}
