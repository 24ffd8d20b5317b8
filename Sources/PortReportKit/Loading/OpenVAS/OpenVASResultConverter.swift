import Foundation

/// Turns one read OpenVAS/GMP `<result>` into a finding and, the first time its NVT is seen,
/// the NVT's text as a `PluginInfo`.
enum OpenVASResultConverter {
    struct Converted {
        /// Host index 0 until the reader places the host.
        var finding: Finding
        var plugin: PluginInfo?
        /// `<host>`'s first text node, trimmed: the address (or, rarely, a name).
        var host: String
        /// `<host><hostname>`, lowercased.
        var hostName: String?
        /// `<creation_time>`, else `<modification_time>`, as written.
        var time: String?
    }

    enum Outcome {
        case converted(Converted)
        case skip(SkipReason)
    }

    /// Converts a result, or says why it is skipped: no NVT `oid`, no host, a bad port, a
    /// false positive, or no readable severity.
    ///
    /// The finding's plugin is `PluginKey(.openvas, nvt@oid)`; its port, service name and
    /// whether that name is only the IANA guess come from `<port>` (`OpenVASPortText`; no
    /// `<port>` is host-level); its severity as `severity(_:)` says; `evidence` is
    /// `<description>` (`nil` when empty); `qualityOfDetection` is `<qod><value>` (`nil`
    /// without it). The host is the first text of `<host>`, with `<host><hostname>` as a name.
    static func convert(_ draft: OpenVASResultDraft, input: Int) -> Outcome {
        let fields = draft.fields
        guard let oid = LoaderText.nonEmpty(draft.oid) else { return .skip(.missingPluginID) }
        guard let host = LoaderText.nonEmpty(draft.host) else { return .skip(.missingHost) }
        let port: Port?
        var service: String?
        var guessed = false
        switch OpenVASPortText.parse(fields["port"]) {
        case .skip(let reason):
            return .skip(reason)
        case .hostLevel:
            port = nil
        case .port(let value, let name, let isGuess):
            port = value
            service = name
            guessed = isGuess
        }
        let severity: Severity
        switch self.severity(fields) {
        case .skip(let reason): return .skip(reason)
        case .severity(let value): severity = value
        }

        let key = PluginKey(scanner: .openvas, id: oid)
        var finding = Finding(plugin: key, severity: severity, host: 0, port: port, input: input)
        finding.serviceName = service
        finding.serviceGuessed = guessed
        finding.evidence = LoaderText.nonEmpty(fields["description"])
        finding.qualityOfDetection = LoaderText.number(fields["qod/value"]).map { Int($0.rounded()) }
        return .converted(
            Converted(
                finding: finding, plugin: draft.pluginKnown ? nil : plugin(draft, key: key), host: host,
                hostName: LoaderText.nonEmpty(draft.hostName)?.lowercased(),
                time: LoaderText.nonEmpty(fields["creation_time"]) ?? LoaderText.nonEmpty(fields["modification_time"])))
    }

    private enum SeverityOutcome {
        case severity(Severity)
        case skip(SkipReason)
    }

    /// The result's severity. The `<severity>` score (0–10, after overrides) comes first: it
    /// separates critical (9.0 and above) from high, which the `<threat>` word of GMP before
    /// version 24 cannot. Without a score, `<threat>` decides (`High`, `Medium`, `Low`; `Log` and
    /// `Debug` are info; `Alarm` asks for attention and is high); without either, the NVT's
    /// `<cvss_base>`. A `False Positive` threat or a score of -1 marks a false positive.
    private static func severity(_ fields: [String: String]) -> SeverityOutcome {
        let threat = LoaderText.nonEmpty(fields["threat"])?.lowercased()
        let score = LoaderText.number(fields["severity"])
        if threat == "false positive" || score == -1 { return .skip(.falsePositive) }
        if let score { return .severity(Severity(cvssScore: score)) }
        switch threat {
        case "critical": return .severity(.critical)
        case "high", "alarm": return .severity(.high)
        case "medium": return .severity(.medium)
        case "low": return .severity(.low)
        case "log", "debug", "none": return .severity(.info)
        default: break
        }
        if let base = LoaderText.number(fields["nvt/cvss_base"]) { return .severity(Severity(cvssScore: base)) }
        return .skip(.missingSeverity)
    }

    /// The NVT's text: name, family, the `<tags>` sections, solution, CVSS ratings, CVEs,
    /// references and EPSS.
    static func plugin(_ draft: OpenVASResultDraft, key: PluginKey) -> PluginInfo {
        let fields = draft.fields
        let tags = OpenVASTags(fields["nvt/tags"])
        let name = LoaderText.nonEmpty(fields["nvt/name"]) ?? LoaderText.nonEmpty(fields["name"])
        var plugin = PluginInfo(key: key, name: name ?? "OpenVAS NVT \(key.id)")
        plugin.family = LoaderText.nonEmpty(fields["nvt/family"])
        plugin.synopsis = tags["summary"]
        plugin.description = description(tags)
        plugin.solution = LoaderText.nonEmpty(fields["nvt/solution"]) ?? tags["solution"]
        plugin.riskFactor = LoaderText.nonEmpty(fields["nvt/risk_factor"])
        plugin.cvss = ratings(draft, tags: tags)
        var cves = Set(LoaderText.cves(in: fields["nvt/cve"] ?? ""))
        var links: [String] = []
        for ref in draft.refs {
            switch ref.type.lowercased() {
            case "cve": cves.formUnion(LoaderText.cves(in: ref.id))
            case "url": links.append(ref.id)
            default: break
            }
        }
        for part in (fields["nvt/xref"] ?? "").split(separator: ",") {
            let trimmed = part.trimmed
            if trimmed.hasPrefix("URL:") { links.append(String(trimmed.dropFirst(4))) }
        }
        plugin.cves = cves.sorted()
        plugin.seeAlso = links.reduce(into: []) { list, link in if !list.contains(link) { list.append(link) } }
        plugin.epss =
            ExportText.number(fields["nvt/epss/max_epss/score"], in: 0...1)
            ?? ExportText.number(fields["nvt/epss/max_severity/score"], in: 0...1)
        return plugin
    }

    /// `insight`, then `affected`, `impact` and `vuldetect` under a label each: the parts of
    /// the NVT's explanation that are not its summary or solution.
    private static func description(_ tags: OpenVASTags) -> String? {
        var parts: [String] = []
        if let insight = tags["insight"] { parts.append(insight) }
        for (key, label) in [("affected", "Affected"), ("impact", "Impact"), ("vuldetect", "Detection")] {
            if let value = tags[key] { parts.append("\(label): \(value)") }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    /// `<cvss_base>` with the tags' `cvss_base_vector`, and each `<severities><severity>`;
    /// the version comes from the vector's prefix (`CVSS:3.1/…`; a bare vector is v2), else
    /// from the severity's type. The same rating given twice is kept once; oldest version
    /// first.
    ///
    /// A `<cvss_base>` without a vector is left out: GMP 9 reports mix v2 and v3 scores there
    /// without saying which (7.4 for CVE-2014-0224 is its v3 score, its v2 score is 6.8), and a
    /// score shown under the wrong version misleads more than none. The result's own
    /// `<severity>` still rates the finding.
    private static func ratings(_ draft: OpenVASResultDraft, tags: OpenVASTags) -> [CVSS] {
        var ratings: [CVSS] = []
        func add(_ rating: CVSS?) {
            guard let rating else { return }
            let duplicate = ratings.contains {
                $0.version == rating.version && ($0.vector == rating.vector || rating.vector == nil)
            }
            if !duplicate { ratings.append(rating) }
        }
        for entry in draft.severities {
            let fallback: String
            switch entry.type?.lowercased() {
            case "cvss_base_v4": fallback = "4.0"
            case "cvss_base_v3": fallback = "3.0"
            default: fallback = "2.0"
            }
            add(CVSS(score: entry.score, vector: entry.vector, fallbackVersion: fallback))
        }
        if let vector = tags["cvss_base_vector"] {
            add(CVSS(score: draft.fields["nvt/cvss_base"], vector: vector, fallbackVersion: "2.0"))
        }
        return ratings.sorted { (Double($0.version) ?? 0) < (Double($1.version) ?? 0) }
    }
}
