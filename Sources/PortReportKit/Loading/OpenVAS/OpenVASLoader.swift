/// Reads OpenVAS / Greenbone (GMP, formerly OMP) XML reports as a stream: a `<report>`
/// (nested in another `<report>` or not), a `get_reports_response`, a `get_results_response`,
/// or a bare `<result>`.
///
/// Each `<result>` becomes a finding on the host in its `<host>` and the port in its `<port>`
/// (`general/…` ports are host-level); the NVT's text is stored once per `oid`.
public struct OpenVASLoader: ScanLoader {
    public static let format = "openvas"
    public static let signature =
        "XML whose root element is report, get_reports_response or result, holding OpenVAS/GMP results or NVTs"

    /// Markers of GMP/OMP content in the first 64 KiB, so that unrelated `<report>` XML is not
    /// claimed. `a994b278-…` is the id of GMP's built-in XML report format.
    private static let markers = [
        "<results", "<result ", "<result>", "<nvt", "<scan_run_status", "<gmp>", "<omp>",
        "a994b278-1f62-11e1-96ac-406186ea4fc5",
    ]

    public static func recognises(_ sniff: ContentSniff) -> Bool {
        switch sniff.xmlRoot {
        case "get_reports_response", "get_results_response":
            return true
        case "report":
            return markers.contains { sniff.text.contains($0) }
        case "result":
            return sniff.text.contains("<nvt")
        default:
            return false
        }
    }

    public init() {}

    /// Appends the file's hosts, findings and NVTs to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the XML is malformed, truncated or
    ///   declares an entity, or when the root element is not one of the GMP roots.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let reader = OpenVASReader(input: input, result: result, summary: summary)
        let parser = XMLStreamParser(path: path, handler: reader)
        defer {
            result = reader.result
            summary = reader.summary
        }
        try parser.parse()
        if reader.rootName == nil {
            throw PortReportError.input(path: path, message: "no OpenVAS content: the file holds no root element")
        }
    }
}
