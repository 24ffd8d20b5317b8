/// Where a CSV export's header is and which delimiter it uses, found from the file's first lines.
///
/// Exports may start with a preamble (Qualys writes report title, company and user lines before
/// the header), and Tenable.io writes `;` where the others write `,`.
struct CSVLayout {
    /// The cell delimiter: `,`, `;` or a tab.
    var delimiter: Character
    /// 0-based index of the header line among the first lines.
    var headerIndex: Int

    static let delimiters: [Character] = [",", ";", "\t"]

    /// The first header line (by delimiter, then line) that holds every column of one of
    /// `signatures`.
    ///
    /// - Parameter signatures: alternative column sets, e.g. `[["Plugin ID", "Host"], ["Plugin",
    ///   "IP Address"]]`; names compare without case, quotes and surrounding space.
    static func find(in sniff: ContentSniff, signatures: [[String]]) -> CSVLayout? {
        var best: CSVLayout?
        for delimiter in delimiters {
            for signature in signatures {
                guard let found = sniff.csvHeader(containing: signature, delimiter: delimiter) else { continue }
                if best.map({ found.index < $0.headerIndex }) ?? true {
                    best = CSVLayout(delimiter: delimiter, headerIndex: found.index)
                }
            }
        }
        return best
    }

    /// Whether a parsed header row holds every column of one of `signatures`.
    static func matches(_ cells: [String], signatures: [[String]]) -> Bool {
        let columns = CSVColumns(header: cells)
        return signatures.contains { $0.allSatisfy(columns.has) }
    }
}

extension CSVRowReader {
    /// Reads past any preamble to the header row and returns its columns.
    ///
    /// - Parameters:
    ///   - signatures: the column sets one of which the header holds.
    ///   - limit: how many records to look at before giving up (preambles are short).
    /// - Returns: `nil` when no record within `limit` is a header.
    func readHeader(signatures: [[String]], limit: Int = 40) throws -> CSVColumns? {
        var seen = 0
        while seen < limit, let row = try next() {
            seen += 1
            if CSVLayout.matches(row.cells, signatures: signatures) { return CSVColumns(header: row.cells) }
        }
        return nil
    }
}
