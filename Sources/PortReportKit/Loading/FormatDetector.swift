#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recognises a scanner export from its first bytes, never from its file name.
public enum FormatDetector {
    /// The formats this build can read, with how each is recognised (shown when nothing matched).
    public static let known: [(format: String, signature: String)] = [
        (NessusLoader.format, "XML whose root element is NessusClientData_v2")
    ]

    /// The loader for the file at `path`.
    ///
    /// - Throws: `PortReportError` when the file cannot be opened, is empty, or matches no
    ///   known format; the message lists the formats tried.
    public static func loader(for path: String) throws -> any ScanLoader {
        let head = try readHead(path)
        if head.isEmpty {
            throw PortReportError.input(path: path, message: "the file is empty (0 bytes); expected a scanner export")
        }
        if let root = XMLSniffer.rootElement(in: head) {
            switch root {
            case "NessusClientData_v2", "NessusClientData", "ReportItem":
                return NessusLoader()
            default:
                throw unknown(path, saw: "XML with root element <\(root)>")
            }
        }
        throw unknown(path, saw: "content that is not XML")
    }

    /// The loader registered under a `--format` name, or `nil`.
    public static func loader(named name: String) -> (any ScanLoader)? {
        switch name.lowercased() {
        case NessusLoader.format: NessusLoader()
        default: nil
        }
    }

    private static func unknown(_ path: String, saw: String) -> PortReportError {
        let tried = known.map { "\($0.format) (\($0.signature))" }.joined(separator: ", ")
        return PortReportError.input(
            path: path, message: "not a recognised scanner export: found \(saw); tried \(tried)")
    }

    /// Reads up to 64 KiB from the start of the file.
    static func readHead(_ path: String, limit: Int = 64 * 1024) throws -> [UInt8] {
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
