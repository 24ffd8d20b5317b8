/// Reads Qualys VM XML exports as a stream: scan reports (root `SCAN`, `scan-1.dtd`) and asset
/// data reports (root `ASSET_DATA_REPORT`). Qualys web-application reports (`WAS_SCAN_REPORT`)
/// and CSV exports are other formats.
///
/// Each `VULN`/`PRACTICE`/`INFO`/`SERVICE` (scan report) or `VULN_INFO` (asset data report)
/// becomes a finding keyed by its QID; the QID's text is stored once.
public struct QualysXMLLoader: ScanLoader {
    public static let format = "qualys-xml"
    public static let signature = "XML whose root element is SCAN (Qualys scan report) or ASSET_DATA_REPORT"

    /// `ASSET_DATA_REPORT` is Qualys' own name. `SCAN` is generic, so it needs a sign of Qualys
    /// content as well: the `scan-1.dtd` doctype, a `<HEADER>` or an `<IP ` element.
    public static func recognises(_ sniff: ContentSniff) -> Bool {
        switch sniff.xmlRoot {
        case "ASSET_DATA_REPORT":
            return true
        case "SCAN":
            return ["scan-1.dtd", "<HEADER", "<IP "].contains { sniff.text.contains($0) }
        default:
            return false
        }
    }

    public init() {}

    /// Appends the file's hosts, findings and QIDs to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the XML is malformed, truncated or
    ///   declares an entity, or when the root element is neither `SCAN` nor `ASSET_DATA_REPORT`.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let root = XMLSniffer.rootElement(in: try FormatDetector.readHead(path))
        if root == "ASSET_DATA_REPORT" {
            let reader = QualysAssetReportReader(input: input, result: result, summary: summary)
            defer {
                result = reader.result
                summary = reader.summary
            }
            try XMLStreamParser(path: path, handler: reader).parse()
            if !reader.sawRoot { throw noContent(path) }
        } else {
            let reader = QualysScanReader(input: input, result: result, summary: summary)
            defer {
                result = reader.result
                summary = reader.summary
            }
            try XMLStreamParser(path: path, handler: reader).parse()
            if !reader.sawRoot { throw noContent(path) }
        }
    }

    private func noContent(_ path: String) -> PortReportError {
        PortReportError.input(
            path: path, message: "no Qualys content: the file holds no SCAN or ASSET_DATA_REPORT element")
    }
}
