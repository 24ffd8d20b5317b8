/// Reads Qualys CSV exports: the VM "Scan Report" / detection CSV, the VMDR "Asset Vuln
/// Datalist" CSV (with or without its report-title preamble), and the HackerGuardian and monthly
/// PCI CSVs.
///
/// The header line is found by its columns (`IP` or `Asset IPV4`, `QID`, and `Title` or
/// `VULN TITLE`) within the first 40 lines; lines before it are the preamble and are not records.
/// Columns are found by name (`QualysCSVColumns`). Records are the data rows that are not
/// entirely empty; each becomes a finding with scanner `qualys` and the QID as plugin id, or is
/// skipped with a reason (see `QualysCSVRowConverter.convert`). QID text is stored once per QID.
public struct QualysCSVLoader: ScanLoader {
    public static let format = "qualys-csv"
    public static let signature = "CSV whose header (after an optional preamble) has IP or Asset IPV4, QID and Title"

    public static func recognises(_ sniff: ContentSniff) -> Bool {
        sniff.jsonStart == nil && sniff.xmlRoot == nil
            && CSVLayout.find(in: sniff, signatures: QualysCSVColumns.signatures) != nil
    }

    public init() {}

    /// Appends the file's hosts, findings and QIDs to `result`.
    ///
    /// - Throws: `PortReportError` when the file cannot be read, has no Qualys header line in its
    ///   first 40 records, or is not UTF-8 (with the line of the record).
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let sniff = ContentSniff(head: try FormatDetector.readHead(path))
        let layout = CSVLayout.find(in: sniff, signatures: QualysCSVColumns.signatures)
        let reader = try CSVRowReader(path: path, delimiter: layout?.delimiter ?? ",")
        guard let header = try reader.readHeader(signatures: QualysCSVColumns.signatures) else {
            throw PortReportError.input(
                path: path,
                message:
                    "no Qualys CSV header in the first 40 lines: expected a line with the columns IP (or Asset IPV4), QID and Title (or VULN TITLE)"
            )
        }
        let converter = QualysCSVRowConverter(columns: QualysCSVColumns(header), dates: ExportDateParser())
        var hosts = HostRegistry()
        var plugins = PluginCollector()
        while let row = try reader.next() {
            if row.isBlank { continue }
            switch converter.convert(row, input: input) {
            case .failure(let skip):
                summary.skip(skip.rawValue)
            case .success(let converted):
                var finding = converted.finding
                finding.host = hosts.index(of: converted.host, in: &result)
                result.findings.append(finding)
                plugins.add(converted.plugin)
                summary.records += 1
                summary.kept += 1
            }
        }
        plugins.register(in: &result)
    }
}
