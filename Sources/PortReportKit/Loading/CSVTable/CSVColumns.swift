/// A CSV header row, for finding columns by name: case-insensitive, surrounding space and quotes
/// removed, runs of inner space read as one. Columns are never found by position.
///
/// Empty header cells are ignored; when two cells carry the same name, the first counts.
struct CSVColumns {
    private var indexOfName: [String: Int] = [:]

    init(header: [String]) {
        for (index, name) in header.enumerated() {
            let key = CSVColumns.normalise(name)
            if !key.isEmpty, indexOfName[key] == nil { indexOfName[key] = index }
        }
    }

    /// The lowercase form names are compared in.
    static func normalise(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "\u{FEFF}"]))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The index of the first of `aliases` (tried in order) that the header has.
    func index(_ aliases: [String]) -> Int? {
        for alias in aliases {
            if let index = indexOfName[CSVColumns.normalise(alias)] { return index }
        }
        return nil
    }

    /// Whether the header has a column named `name`.
    func has(_ name: String) -> Bool { indexOfName[CSVColumns.normalise(name)] != nil }
}

extension CSVRow {
    /// The cell at `column` as written, or `nil` when the header has no such column or the row is
    /// shorter than the header.
    subscript(column: Int?) -> String? {
        guard let column, column < cells.count else { return nil }
        return cells[column]
    }
}
