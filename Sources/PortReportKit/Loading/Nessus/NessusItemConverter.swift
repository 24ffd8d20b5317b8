/// Turns one read `ReportItem` into a finding, its plugin text and, for service-detection
/// plugins, a service observation.
enum NessusItemConverter {
    struct Converted {
        var finding: Finding
        var plugin: PluginInfo?
        var observation: ServiceObservation?
    }

    struct Skip: Error {
        var reason: SkipReason
        var rawValue: String { reason.rawValue }
    }

    /// Plugin families whose output names the service on the port.
    private static let detectionFamilies: Set<String> = ["Service detection"]
    /// Port scanners: they prove a port is open but their output is no banner.
    private static let portScannerFamily = "Port scanners"
    /// Plugins whose output is the server's own banner or version: HTTP server type (10107),
    /// SSH server type (10267), FTP (10092), SMTP (10263), MySQL (10719), PostgreSQL (26024),
    /// MSSQL (10144), DNS version (10028), Telnet (10281), NTP (10884), SNMP sysDescr (10800),
    /// HTTP information (24260).
    private static let bannerPlugins: Set<String> = [
        "10107", "10267", "10092", "10263", "10719", "26024", "10144", "10028", "10281", "10884", "10800", "24260",
    ]
    /// Nessus "Service Detection": names the service in a sentence, less than a banner.
    private static let serviceDetection = "22964"

    /// - Parameter knownPlugin: whether the plugin's text is already stored; then no
    ///   `PluginInfo` is built, which saves most of the work per item on a large scan.
    static func convert(_ draft: NessusItemDraft, host: Int, input: Int, knownPlugin: Bool = false)
        -> Result<Converted, Skip>
    {
        guard let pluginID = draft.pluginID?.trimmed, !pluginID.isEmpty else {
            return .failure(Skip(reason: .missingPluginID))
        }
        let portText = draft.port?.trimmed ?? "0"
        guard let portNumber = Int(portText.isEmpty ? "0" : portText), (0...65535).contains(portNumber) else {
            return .failure(Skip(reason: .badPort))
        }
        var serviceName = draft.serviceName?.trimmed.lowercased()
        var guessed = false
        if let name = serviceName, name.hasSuffix("?") {
            guessed = true
            serviceName = String(name.dropLast())
        }
        if serviceName?.isEmpty == true { serviceName = nil }

        var port: Port?
        if portNumber != 0 && serviceName != "general" {
            guard let transport = Transport(text: draft.transport ?? "tcp") else {
                return .failure(Skip(reason: .badTransport))
            }
            if transport != .icmp { port = Port(number: portNumber, transport: transport) }
        }

        let riskFactor = draft.riskFactor?.trimmed
        let severity: Severity
        if let text = draft.severity, let level = Int(text.trimmed),
            let value = Severity(rawValue: level)
        {
            severity = value
        } else if let riskFactor, let value = Severity(riskFactor: riskFactor) {
            severity = value
        } else {
            return .failure(Skip(reason: .missingSeverity))
        }

        let key = PluginKey(scanner: .nessus, id: pluginID)
        var finding = Finding(plugin: key, severity: severity, host: host, port: port, input: input)
        finding.serviceName = serviceName == "general" ? nil : serviceName
        finding.serviceGuessed = guessed
        finding.evidence = LoaderText.nonEmpty(draft.pluginOutput)
        if !draft.compliance.isEmpty { finding.compliance = draft.compliance }

        var observation: ServiceObservation?
        if let port, isDetection(pluginID: pluginID, family: draft.pluginFamily) {
            var value = ServiceObservation(host: host, port: port, input: input)
            value.serviceName = finding.serviceName
            value.plugin = key
            value.banner = draft.pluginFamily == portScannerFamily ? nil : finding.evidence
            value.bannerRank = bannerRank(pluginID: pluginID, name: draft.pluginName ?? "")
            observation = value
        }
        return .success(
            Converted(
                finding: finding, plugin: knownPlugin ? nil : plugin(from: draft, key: key, riskFactor: riskFactor),
                observation: observation))
    }

    /// TLS and certificate plugins sit in "Service detection" too, but describe the encryption,
    /// not the program: they rank last.
    private static func bannerRank(pluginID: String, name: String) -> Int {
        if bannerPlugins.contains(pluginID) { return 0 }
        if pluginID == serviceDetection { return 1 }
        let lowered = name.lowercased()
        let aboutEncryption = ["ssl", "tls", "cipher", "certificate"].contains { mentions(lowered, $0) }
        return aboutEncryption ? 3 : 2
    }

    /// Whether `word` occurs in `text`, compared byte by byte (both are short): Foundation's
    /// `String.contains` was half of converting an item, and the standard library's generic
    /// `firstRange(of:)` on UTF-8 views seven times slower still (`perf record`).
    static func mentions(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                guard !needle.isEmpty else { return true }
                candidates: for start in 0...(haystack.count - needle.count) {
                    for offset in 0..<needle.count where haystack[start + offset] != needle[offset] {
                        continue candidates
                    }
                    return true
                }
                return false
            }
        }
    }

    private static func isDetection(pluginID: String, family: String?) -> Bool {
        if let family, detectionFamilies.contains(family) || family == portScannerFamily { return true }
        return bannerPlugins.contains(pluginID)
    }

    private static func plugin(from draft: NessusItemDraft, key: PluginKey, riskFactor: String?) -> PluginInfo {
        let fields = draft.fields
        var plugin = PluginInfo(key: key, name: LoaderText.nonEmpty(draft.pluginName) ?? "Nessus plugin \(key.id)")
        plugin.family = LoaderText.nonEmpty(draft.pluginFamily)
        plugin.synopsis = LoaderText.nonEmpty(fields["synopsis"])
        plugin.description = LoaderText.nonEmpty(fields["description"])
        plugin.solution = LoaderText.nonEmpty(fields["solution"])
        plugin.seeAlso = (fields["see_also"] ?? "").nonEmptyLines
            .map { $0.trimmed }.filter { !$0.isEmpty }
        plugin.riskFactor = LoaderText.nonEmpty(riskFactor)
        plugin.cvss = [
            CVSS(score: fields["cvss_base_score"], vector: fields["cvss_vector"], fallbackVersion: "2.0"),
            CVSS(score: fields["cvss3_base_score"], vector: fields["cvss3_vector"], fallbackVersion: "3.0"),
            CVSS(score: fields["cvss4_base_score"], vector: fields["cvss4_vector"], fallbackVersion: "4.0"),
        ].compactMap { $0 }
        plugin.cves = Array(Set(draft.cves.filter { !$0.isEmpty })).sorted()
        plugin.cwes = Array(Set(draft.cwes.compactMap(normaliseCWE))).sorted { cweNumber($0) < cweNumber($1) }
        // Out-of-range values (NaN, inf, 1e999, negative) are left out, as the CSV readers do.
        plugin.epss = ExportText.number(fields["epss_score"], in: 0...1)
        plugin.vpr = ExportText.number(fields["vpr_score"], in: 0...10)
        plugin.exploitAvailable =
            fields["exploit_available"]?.trimmed
            .lowercased() == "true"
        if let kev = LoaderText.nonEmpty(fields["cisa-known-exploited"]), kev.lowercased() != "false" {
            plugin.knownExploited = kev
        }
        return plugin
    }

    /// `20`, `CWE-20` and `cwe-20` all become `CWE-20`; anything else is dropped.
    static func normaliseCWE(_ text: String) -> String? {
        var value = text.trimmed
        if value.uppercased().hasPrefix("CWE-") { value = String(value.dropFirst(4)) }
        guard let number = Int(value), number >= 0 else { return nil }
        return "CWE-\(number)"
    }

    private static func cweNumber(_ id: String) -> Int { Int(id.dropFirst(4)) ?? 0 }

}
