/// Reads Nmap XML (`nmap -oX`, root `nmaprun`) and masscan's Nmap-style XML (`masscan -oX`,
/// the same root with `scanner="masscan"`) as a stream.
///
/// Nmap is a source of `ServiceObservation`s: every open port becomes one, with Nmap's state,
/// service name, product, version and script output as its banner. NSE scripts that report a
/// vulnerability, and `<hostscript>` output, also become findings (see `NmapHostConverter` and
/// `NmapVulnerabilityRule`). Records are the ports whose state is exactly `open`.
public struct NmapLoader: ScanLoader {
    public static let format = "nmap"
    public static let signature = "XML whose root element is nmaprun (Nmap -oX, masscan -oX)"

    public static func recognises(_ sniff: ContentSniff) -> Bool {
        sniff.xmlRoot == "nmaprun"
    }

    public init() {}

    /// Appends the file's hosts, observations, script findings and script plugins to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the XML is malformed, truncated or
    ///   declares an entity, or when the root element is not `nmaprun`.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let reader = NmapReader(input: input, result: result, summary: summary)
        let parser = XMLStreamParser(path: path, handler: reader)
        defer {
            result = reader.result
            summary = reader.summary
        }
        try parser.parse()
        if !reader.sawRoot {
            throw PortReportError.input(path: path, message: "no Nmap content: the file holds no nmaprun element")
        }
    }
}
