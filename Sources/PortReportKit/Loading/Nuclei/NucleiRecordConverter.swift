/// Turns one Nuclei JSON result into a host, a finding and the template's text.
struct NucleiRecordConverter {
    struct Converted {
        var host: ScannedHost
        var finding: Finding
        var plugin: PluginInfo
    }

    let dates: ExportDateParser

    /// Converts a result, or says why it is skipped.
    ///
    /// - plugin id: `template-id` (`templateID` before v2.5); absent → skipped (`no plugin id`).
    /// - host and port: see `NucleiTarget`; no `host`, `matched-at`, `url` or `ip` → skipped
    ///   (`no host`); a written port outside 1–65535 → skipped.
    /// - severity: `info.severity` (`info`, `low`, `medium`, `high`, `critical`); `unknown`,
    ///   anything else or absent → info, as Nuclei itself treats it.
    /// - matcher: `matcher-name` (`matcher_name` before v2.5), which also tells two results of
    ///   one template on one port apart.
    /// - evidence: see `NucleiEvidence`.
    func convert(_ record: JSONValue, input: Int) -> Result<Converted, SkipReason> {
        guard let id = ExportText.value(record.first("template-id", "templateID", "template_id")?.text) else {
            return .failure(.missingPluginID)
        }
        guard let host = NucleiTarget.host(record, input: input, dates: dates) else {
            return .failure(.missingHost)
        }
        let port: Port?
        switch NucleiTarget.port(record) {
        case .failure(let reason): return .failure(reason)
        case .success(let value): port = value
        }
        let info = record["info"] ?? .null
        let severity = info["severity"]?.text.flatMap { Severity(riskFactor: $0) } ?? .info
        let key = PluginKey(scanner: .nuclei, id: id)
        var finding = Finding(plugin: key, severity: severity, host: 0, port: port, input: input)
        finding.matcher = ExportText.value(record.first("matcher-name", "matcher_name")?.text)
        finding.evidence = NucleiEvidence.text(record)
        return .success(Converted(host: host, finding: finding, plugin: NucleiRecordConverter.plugin(record, key: key)))
    }
}
