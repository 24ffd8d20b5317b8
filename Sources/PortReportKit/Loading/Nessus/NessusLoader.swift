import Foundation

/// Reads Nessus v2 exports (`.nessus`, root `NessusClientData_v2`) as a stream.
///
/// Records are `ReportItem` elements. The `Policy` section (often most of the file) is skipped
/// without copying its text. A legacy v1 file (`NessusClientData`) or a bare `ReportItem`
/// fragment is refused with an error that says so.
public struct NessusLoader: ScanLoader {
    public static let format = "nessus"
    public static let signature = "XML whose root element is NessusClientData_v2"

    /// Also claims legacy v1 files and bare `ReportItem` fragments, to refuse them with a reason.
    public static func recognises(_ sniff: ContentSniff) -> Bool {
        ["NessusClientData_v2", "NessusClientData", "ReportItem"].contains(sniff.xmlRoot ?? "")
    }

    public init() {}

    /// Appends the file's hosts, findings, observations and plugins to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the XML is malformed or truncated,
    ///   or when the root element is not `NessusClientData_v2`; what was read before the
    ///   failure stays counted in `summary`.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        // Room for every finding up front, from the file's size (no ReportItem takes fewer than
        // about 200 bytes): growing the list by doubling held the old and new copies at once, the
        // peak of loading a large file. Capacity never written to is not resident memory.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int {
            result.findings.reserveCapacity(result.findings.count + size / 200)
        }
        let reader = NessusReader(input: input, result: result, summary: summary)
        let parser = XMLStreamParser(path: path, handler: reader)
        defer {
            result = reader.result
            summary = reader.summary
        }
        try parser.parse()
        if !reader.sawRoot {
            throw PortReportError.input(
                path: path, message: "no Nessus v2 content: the file holds no NessusClientData_v2 element")
        }
    }
}
