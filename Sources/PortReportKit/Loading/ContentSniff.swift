import Foundation

/// What the first bytes of an input look like, computed once and shown to every loader's
/// `recognises` so detection never depends on the file name.
public struct ContentSniff: Sendable {
    /// Up to the first 64 KiB.
    public let head: [UInt8]
    /// The root element's name with any prefix (`NessusClientData_v2`, `nmaprun`), for XML.
    public let xmlRoot: String?
    /// The whole root start tag (`<report id="…" xmlns:…>`), for namespace and attribute checks.
    public let xmlRootTag: String?
    /// The first byte that is not white space or a byte-order mark, when it is `{` or `[`.
    public let jsonStart: UInt8?
    /// The head as text, byte-order mark removed (invalid UTF-8 replaced).
    public let text: String
    /// The head's first lines (at most 40), for CSV header detection.
    public let lines: [Substring]

    public init(head: [UInt8]) {
        self.head = head
        var body = head[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        text = String(decoding: body, as: UTF8.self)
        lines = Array(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix(40))
        let root = XMLSniffer.rootTag(in: head)
        xmlRoot = root?.name
        xmlRootTag = root?.tag
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        jsonStart = first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? first : nil
    }

    /// Whether the head is empty (a 0-byte file).
    public var isEmpty: Bool { head.isEmpty }

    /// The first line (within the first 40) that splits on `delimiter` into cells containing
    /// every one of `columns` (compared without case, quotes and surrounding space), and its
    /// index. CSV exports may carry a preamble before the header.
    public func csvHeader(containing columns: [String], delimiter: Character = ",") -> (index: Int, cells: [String])? {
        let wanted = columns.map { $0.lowercased() }
        for (index, line) in lines.enumerated() {
            let cells = line.split(separator: delimiter, omittingEmptySubsequences: false).map {
                $0.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    .lowercased()
            }
            if wanted.allSatisfy({ cells.contains($0) }) { return (index, cells) }
        }
        return nil
    }
}
