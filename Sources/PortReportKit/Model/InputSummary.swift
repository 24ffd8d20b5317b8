/// What one input file gave: its format and how many records were read, kept and skipped.
///
/// Invariant: `records == kept + skipped.values.reduce(0, +)`. An input that could not be read
/// has `error` set and counts only the records read before the failure.
public struct InputSummary: Sendable, Hashable, Codable {
    /// The path as the user gave it (or as found in a folder they gave).
    public var path: String
    /// The detected format's name (`nessus`), or `unknown`.
    public var format: String
    /// Records read: for Nessus, `ReportItem` elements; for CSV exports, data rows that are not
    /// entirely empty; for Nuclei and masscan, top-level JSON objects.
    public var records: Int = 0
    /// Records that became findings (for masscan, which reports no findings: observed services).
    public var kept: Int = 0
    /// Records skipped, by reason.
    public var skipped: [String: Int] = [:]
    /// Why the input could not be read (`FILE:LINE:COLUMN: message`), when it could not.
    public var error: String?

    public init(path: String, format: String) {
        self.path = path
        self.format = format
    }

    /// Counts one skipped record under `reason`.
    public mutating func skip(_ reason: String) {
        records += 1
        skipped[reason, default: 0] += 1
    }

    /// Total of skipped records.
    public var skippedCount: Int { skipped.values.reduce(0, +) }
}
