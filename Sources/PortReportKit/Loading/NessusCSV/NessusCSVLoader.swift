/// Reads Nessus and Tenable CSV exports: the classic Nessus CSV, its "all columns" variant,
/// Tenable.sc vulnerability details, Tenable.io / Tenable VM findings (`;`-delimited, dotted
/// column names) and Tenable WAS.
///
/// Columns are found by header name (`NessusCSVColumns`), never by position; the delimiter (`,`,
/// `;` or tab) is the one the header line splits on. Records are the data rows that are not
/// entirely empty (exports pad with empty rows, which are not counted). Each row becomes a
/// finding with scanner `nessus`, since the ids are Nessus plugin ids: a `.nessus` file and a CSV
/// of the same scan give the same fingerprints. A row is skipped with a reason when it has no
/// plugin id, names no host, or has a bad port, transport or severity. Plugin text is stored once
/// per plugin; CVEs and CWEs of every row of a plugin are merged (the classic export repeats a
/// row for each CVE).
public struct NessusCSVLoader: ScanLoader {
    public static let format = "nessus-csv"
    public static let signature =
        "CSV whose header has Plugin ID and Host (Nessus), Plugin and IP Address (Tenable.sc) or definition.id (Tenable.io)"

    public static func recognises(_ sniff: ContentSniff) -> Bool {
        sniff.jsonStart == nil && sniff.xmlRoot == nil
            && CSVLayout.find(in: sniff, signatures: NessusCSVColumns.signatures) != nil
    }

    public init() {}

    /// Appends the file's hosts, findings, service observations and plugins to `result`.
    ///
    /// - Throws: `PortReportError` when the file cannot be read, has no Nessus header within its
    ///   first 40 lines, or is not UTF-8 (with the line of the record).
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let sniff = ContentSniff(head: try FormatDetector.readHead(path))
        let layout = CSVLayout.find(in: sniff, signatures: NessusCSVColumns.signatures)
        let reader = try CSVRowReader(path: path, delimiter: layout?.delimiter ?? ",")
        guard let header = try reader.readHeader(signatures: NessusCSVColumns.signatures) else {
            throw PortReportError.input(
                path: path,
                message: "no Nessus CSV header in the first 40 lines: expected columns \(NessusCSVLoader.expected)")
        }
        let rows = NessusCSVRowReader(columns: NessusCSVColumns(header), dates: ExportDateParser())
        var hosts = HostRegistry()
        var plugins = PluginCollector()
        while let row = try reader.next() {
            if row.isBlank { continue }
            // The host index is known only once the row is kept: a skipped row adds no host.
            switch NessusItemConverter.convert(rows.draft(row), host: 0, input: input) {
            case .failure(let skip):
                summary.skip(skip.rawValue)
            case .success(let converted):
                guard let host = rows.host(row, input: input) else {
                    summary.skip(SkipReason.missingHost.rawValue)
                    continue
                }
                let index = hosts.index(of: host, in: &result)
                var finding = converted.finding
                finding.host = index
                result.findings.append(finding)
                if var observation = converted.observation {
                    observation.host = index
                    result.observations.append(observation)
                }
                if let plugin = converted.plugin { plugins.add(plugin) }
                summary.records += 1
                summary.kept += 1
            }
        }
        plugins.register(in: &result)
    }

    private static var expected: String {
        NessusCSVColumns.signatures.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
    }
}
