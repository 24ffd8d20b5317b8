/// A reader of one scanner export format.
public protocol ScanLoader: Sendable {
    /// The format's name as shown in summaries and accepted by `--format`.
    static var format: String { get }

    /// How the format is recognised, in words, for the error listing the formats tried.
    static var signature: String { get }

    /// Whether the input's first bytes look like this format.
    static func recognises(_ sniff: ContentSniff) -> Bool

    init()

    /// Reads the file at `path` and appends what it holds to `result`, counting records in
    /// `summary`.
    ///
    /// - Parameter input: the input's index, stored on every host, finding and observation.
    /// - Throws: `PortReportError` when the file cannot be read; what was read before stays in
    ///   `result` only if the caller keeps it (the pipeline does not: an input is all or nothing).
    func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws
}
