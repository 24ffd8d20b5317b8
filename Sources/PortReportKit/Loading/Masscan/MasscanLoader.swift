/// Reads masscan JSON output (`-oJ`): an array of host objects, each with `ip`, `timestamp` and
/// a `ports` array.
///
/// masscan writes each object on its own line with the separating comma on the next line, some
/// versions leave a comma before the closing `]`, older ones end with a `{finished: 1}` object
/// that is no JSON, and an interrupted run leaves the `]` out; all of these are read. Records
/// are the host objects (the `finished` trailer is not one). Each port becomes a
/// `ServiceObservation` (masscan reports open ports, not vulnerabilities, so there are no
/// findings); a record is kept when it gave at least one observation, else skipped with a
/// reason (see `MasscanRecordConverter.convert`). An empty file is an empty result: masscan
/// writes nothing when it finds nothing (format detection still refuses a 0-byte file unless
/// `--format masscan` is given).
public struct MasscanLoader: ScanLoader {
    public static let format = "masscan"
    public static let signature = "JSON with \"ports\" entries that have \"proto\" (masscan -oJ)"

    public static func recognises(_ sniff: ContentSniff) -> Bool {
        sniff.jsonStart != nil && sniff.text.contains("\"ports\"") && sniff.text.contains("\"proto\"")
    }

    public init() {}

    /// Appends the file's hosts and observations to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the file holds something other than
    ///   JSON objects, an object is not valid JSON, or the file ends inside an object.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let reader = try JSONRecordReader(path: path)
        let converter = MasscanRecordConverter(dates: ExportDateParser())
        var hosts = HostRegistry()
        while let record = try reader.next() {
            // masscan 1.0 ends its JSON with `{finished: 1}` (an unquoted key): not a host.
            if record.compactText == "{finished:1}" { continue }
            switch converter.convert(try record.decode(path: path), input: input) {
            case .failure(let reason):
                summary.skip(reason.rawValue)
            case .success(let converted):
                let index = hosts.index(of: converted.host, in: &result)
                for var observation in converted.observations {
                    observation.host = index
                    result.observations.append(observation)
                }
                summary.records += 1
                summary.kept += 1
            }
        }
    }
}
