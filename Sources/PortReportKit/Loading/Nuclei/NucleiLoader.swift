/// Reads Nuclei results (`-jsonl` / `-json` output, `-json-export` arrays, or one object), in
/// both the v2 key names (`templateID`, `matched`, `matcher_name`, `extracted_results`) and the
/// current ones (`template-id`, `matched-at`, `matcher-name`, `extracted-results`).
///
/// Records are the top-level JSON objects, read one at a time (`JSONRecordReader`). Each becomes
/// a finding with scanner `nuclei` and the template id as plugin id, or is skipped with a reason
/// (see `NucleiRecordConverter.convert`). Template text is stored once per template. An empty
/// file is an empty result: Nuclei writes nothing when it finds nothing (format detection still
/// refuses a 0-byte file unless `--format nuclei` is given).
public struct NucleiLoader: ScanLoader {
    public static let format = "nuclei"
    public static let signature = "JSON (lines, array or object) with \"template-id\", \"templateID\" or \"matched-at\""

    public static func recognises(_ sniff: ContentSniff) -> Bool {
        sniff.jsonStart != nil
            && ["\"template-id\"", "\"templateID\"", "\"matched-at\""].contains { sniff.text.contains($0) }
    }

    public init() {}

    /// Appends the file's hosts, findings and templates to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the file holds something other than
    ///   JSON objects, an object is not valid JSON, or the file ends inside an object.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        let reader = try JSONRecordReader(path: path)
        let converter = NucleiRecordConverter(dates: ExportDateParser())
        var hosts = HostRegistry()
        var plugins = PluginCollector()
        while let record = try reader.next() {
            let value = try record.decode(path: path)
            switch converter.convert(value, input: input) {
            case .failure(let reason):
                summary.skip(reason.rawValue)
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
