#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recognises a scanner export from its first bytes, never from its file name.
public enum FormatDetector {
    /// Every loader, most specific first: the first whose `recognises` accepts the content reads it.
    public static let loaders: [any ScanLoader.Type] = [
        NessusLoader.self,
        NmapLoader.self,
        OpenVASLoader.self,
        QualysXMLLoader.self,
        NessusCSVLoader.self,
        QualysCSVLoader.self,
        NucleiLoader.self,
        MasscanLoader.self,
    ]

    /// The formats this build can read, with how each is recognised (shown when nothing matched).
    public static var known: [(format: String, signature: String)] {
        loaders.map { ($0.format, $0.signature) }
    }

    /// The loader for the file at `path`.
    ///
    /// - Throws: `PortReportError` when the file cannot be opened, is empty, or matches no
    ///   known format; the message lists the formats tried.
    public static func loader(for path: String) throws -> any ScanLoader {
        let sniff = ContentSniff(head: try readHead(path))
        if sniff.isEmpty {
            throw PortReportError.input(path: path, message: "the file is empty (0 bytes); expected a scanner export")
        }
        if let type = loaders.first(where: { $0.recognises(sniff) }) { return type.init() }
        try refuseEntityDeclarations(path: path, sniff: sniff)
        let saw: String
        if let root = sniff.xmlRoot {
            saw = "XML with root element <\(root)>"
        } else if sniff.jsonStart != nil {
            saw = "JSON that no loader recognises"
        } else if FormatDetector.looksBinary(sniff.head) {
            saw =
                FormatDetector.utf16(sniff.head)
                ? "UTF-16 text (save the export as UTF-8 and try again)" : "binary data, not text"
        } else if let first = sniff.lines.first(where: { !$0.trimmed.isEmpty }) {
            saw = "text starting \"\(FormatDetector.printable(first.prefix(60)))\""
        } else {
            saw = "only white space"
        }
        let tried = known.map { "\($0.format) (\($0.signature))" }.joined(separator: "; ")
        throw PortReportError.input(
            path: path, message: "not a recognised scanner export: found \(saw); tried \(tried)")
    }

    /// Whether the head holds NUL bytes: no scanner export in UTF-8 does.
    static func looksBinary(_ head: [UInt8]) -> Bool {
        head.prefix(4096).contains(0)
    }

    /// Whether the head starts with a UTF-16 byte-order mark.
    static func utf16(_ head: [UInt8]) -> Bool {
        head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
    }

    /// The text with control characters shown as `\u{1B}`, so that quoting a file in a message
    /// (or its name: file names may hold any byte but `/`) can never drive the user's terminal
    /// (escape sequences) or garble the page.
    public static func printable(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{FFFD}" {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The loader registered under a `--format` name, or `nil`.
    public static func loader(named name: String) -> (any ScanLoader)? {
        loaders.first { $0.format == name.lowercased() }?.init()
    }

    /// Reads up to 64 KiB from the start of the file.
    static func readHead(_ path: String, limit: Int = 64 * 1024) throws -> [UInt8] {
        // A FIFO or device would block or never end: only regular files are inputs.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            throw PortReportError.input(path: path, message: "not a regular file (a pipe, socket or device)")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PortReportError.input(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: limit)
        var total = 0
        while total < limit {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress?.advanced(by: total), limit - total)
            }
            if count < 0 {
                throw PortReportError.input(path: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            total += count
        }
        return Array(buffer.prefix(total))
    }
}
