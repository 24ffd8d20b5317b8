import CSV
import Foundation

/// One CSV record: its cells and the line it starts on.
struct CSVRow {
    var cells: [String]
    /// 1-based line of the record's first character (a quoted cell may span several lines).
    var line: Int

    /// Whether every cell is empty or white space: such rows are neither records nor errors.
    var isBlank: Bool {
        cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

/// Reads a CSV file record by record through CSV.swift's streaming `CSVReader`, so memory stays
/// bounded whatever the file's size, and counts lines so errors can name them.
///
/// CSV.swift removes a UTF-8 byte-order mark, keeps line breaks inside quoted cells and accepts
/// `\n`, `\r\n` and `\r` line ends. It reports no positions, so the line of each record is
/// counted here from the line breaks the previous records held.
final class CSVRowReader {
    private let reader: CSVReader
    private let path: String
    private var nextLine = 1

    /// Opens the file for reading with the given cell delimiter.
    ///
    /// - Throws: `PortReportError` when the file cannot be opened.
    init(path: String, delimiter: Character) throws {
        self.path = path
        guard let stream = InputStream(fileAtPath: path) else {
            throw PortReportError.input(path: path, message: "cannot open the file")
        }
        let scalar = delimiter.unicodeScalars.first ?? ","
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, trimFields: false, delimiter: scalar)
        } catch {
            throw PortReportError.input(path: path, message: "cannot read the file: \(error)")
        }
    }

    /// The next record, or `nil` at the end of the file.
    ///
    /// - Throws: `PortReportError` with the record's line when the bytes are not UTF-8 text.
    func next() throws -> CSVRow? {
        let line = nextLine
        let cells = reader.next()
        // CSV.swift records `cannotReadFile` whenever it reads past the end of a file stream, so
        // only a decoding or stream error means the record is incomplete.
        switch reader.error {
        case CSVError.unicodeDecoding?:
            throw PortReportError.input(
                path: path, line: line,
                message: "the file is not UTF-8 text (invalid byte sequence in this record); save the export as UTF-8")
        case CSVError.streamErrorHasOccurred(let error)?:
            throw PortReportError.input(path: path, line: line, message: "read failed: \(error)")
        default:
            break
        }
        guard let cells else { return nil }
        nextLine += 1 + cells.reduce(0) { $0 + CSVRowReader.lineBreaks(in: $1) }
        return CSVRow(cells: cells, line: line)
    }

    /// `\r\n`, `\n` and a lone `\r` each count once, as CSV.swift reads them.
    private static func lineBreaks(in cell: String) -> Int {
        var count = 0
        var previousCR = false
        for scalar in cell.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { count += 1 }
                previousCR = false
            } else {
                previousCR = scalar == "\r"
                if previousCR { count += 1 }
            }
        }
        return count
    }
}
