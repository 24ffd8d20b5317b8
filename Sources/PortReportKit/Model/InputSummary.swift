/// What one input file gave: its format and how many records were read, kept and skipped.
///
/// Invariant: `records == kept + skipped.values.reduce(0, +)`. An input that could not be read
/// has `error` set; the records read before the failure are counted as skipped, since an input
/// is all or nothing.
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

    /// The reason under which the records of a failed input are counted: an input is all or
    /// nothing, so what was read before the failure is not kept.
    public static let discardedReason = "not kept: the input could not be read to the end"

    /// Moves every kept record of a failed input to `discardedReason`, so that the summary says
    /// what the site shows.
    public mutating func discardAfterFailure() {
        guard kept > 0 else { return }
        skipped[InputSummary.discardedReason, default: 0] += kept
        kept = 0
    }

    /// Total of skipped records.
    public var skippedCount: Int { skipped.values.reduce(0, +) }
}
