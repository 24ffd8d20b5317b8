import Foundation

/// Turns one read Nmap `<host>` into a scanned host, a service observation per loaded port and
/// findings for vulnerability scripts, and counts its records.
///
/// Records are the `<port>`s whose `<state state="open">` (exactly `open`): each is kept as a
/// `ServiceObservation`, or skipped with a reason when it cannot be placed (a bad port number or
/// protocol, a host that is down or has no address). `open|filtered` ports are loaded as
/// observations too, labelled by their state, but are not records; `closed`, `filtered` and the
/// other states are not loaded. Script findings are not records either: they come on top of the
/// port that carries them.
enum NmapHostConverter {
    struct Converted {
        /// `nil` when the host is down or has neither an IP address nor a host name.
        var host: ScannedHost?
        /// Observations and findings carry host index 0 until the reader registers the host.
        var observations: [ServiceObservation] = []
        var findings: [Finding] = []
        var plugins: [PluginInfo] = []
        /// Open ports kept as observations.
        var kept = 0
        /// Open ports skipped, one reason each.
        var skipped: [SkipReason] = []
    }

    /// Port states loaded as observations besides `open`: Nmap cannot tell open from filtered
    /// for many UDP ports, and the page says so through the state.
    private static let alsoLoadedStates: Set<String> = ["open|filtered"]

    /// - Parameters:
    ///   - scanner: `.masscan` when `nmaprun@scanner` is `masscan`, else `.nmap`; names the
    ///     plugins of script findings.
    ///   - runStart: `nmaprun@start`, the scan time of hosts without `host@starttime`.
    static func convert(_ draft: NmapHostDraft, scanner: Scanner, runStart: String?, input: Int) -> Converted {
        var converted = Converted()
        let openPorts = draft.ports.filter { $0.state == "open" }
        if draft.status?.lowercased() == "down" {
            converted.skipped = openPorts.map { _ in .hostDown }
            return converted
        }
        guard let host = scannedHost(draft, runStart: runStart, input: input) else {
            converted.skipped = openPorts.map { _ in .missingHost }
            return converted
        }
        converted.host = host

        for portDraft in draft.ports {
            guard let state = portDraft.state else { continue }
            let isRecord = state == "open"
            guard isRecord || alsoLoadedStates.contains(state) else { continue }
            switch port(of: portDraft) {
            case .skip(let reason):
                if isRecord { converted.skipped.append(reason) }
            case .port(let port):
                if isRecord { converted.kept += 1 }
                converted.observations.append(observation(portDraft, port: port, input: input))
                for script in portDraft.scripts where NmapVulnerabilityRule.isVulnerability(script) {
                    var finding = Finding(
                        plugin: PluginKey(scanner: scanner, id: script.id),
                        severity: NmapVulnerabilityRule.severity(of: script), host: 0, port: port, input: input)
                    finding.serviceName = serviceName(portDraft.service)
                    finding.serviceGuessed = portDraft.service?.method == "table"
                    finding.evidence = script.text
                    finding.cves = NmapVulnerabilityRule.cves(of: script)
                    finding.cvss = NmapVulnerabilityRule.cvss(of: script)
                    converted.findings.append(finding)
                    converted.plugins.append(plugin(scanner: scanner, id: script.id))
                }
            }
        }
        for script in draft.scripts {
            guard let text = script.text else { continue }
            let vulnerable = NmapVulnerabilityRule.isVulnerability(script)
            var finding = Finding(
                plugin: PluginKey(scanner: scanner, id: script.id),
                severity: vulnerable ? NmapVulnerabilityRule.severity(of: script) : .info, host: 0, port: nil,
                input: input)
            finding.evidence = text
            if vulnerable {
                finding.cves = NmapVulnerabilityRule.cves(of: script)
                finding.cvss = NmapVulnerabilityRule.cvss(of: script)
            }
            converted.findings.append(finding)
            converted.plugins.append(plugin(scanner: scanner, id: script.id))
        }
        return converted
    }

    /// The host, from the Nmap `<host>` children:
    /// - `reportedName`: the first IPv4/IPv6 `<address addr>` as written, else the first host
    ///   name; `nil` (the host is dropped) when there is neither.
    /// - `address`, `additionalAddresses`: the `ipv4`/`ipv6` `<address>`es in document order
    ///   (one without `addrtype` counts when its text parses as an address); none is fine.
    /// - `macAddresses`: `addrtype="mac"` `<address>`es (or ones whose text is a MAC), never the
    ///   host address.
    /// - `fqdn`, `otherNames`: `<hostnames><hostname name>`, lowercased, ordered by `hostNames`;
    ///   `nil` and empty without `<hostnames>`.
    /// - `operatingSystem`: the `<os><osmatch name>` with the highest `accuracy`; `nil` without.
    /// - `scanTime`: `host@starttime` (Unix seconds), else `nmaprun@start`, else `nil`.
    static func scannedHost(_ draft: NmapHostDraft, runStart: String?, input: Int) -> ScannedHost? {
        let names = hostNames(draft)
        guard let reportedName = draft.firstAddressText ?? names.first else { return nil }
        var host = ScannedHost(reportedName: reportedName, input: input)
        host.address = draft.addresses.first ?? host.address
        host.additionalAddresses = Array(draft.addresses.dropFirst())
        if let first = names.first { host.fqdn = first }
        host.otherNames = Array(names.dropFirst())
        host.macAddresses = draft.macAddresses
        host.operatingSystem = draft.bestOS?.name
        host.scanTime = (draft.startTime ?? runStart).flatMap(ScanDate.parse)
        return host
    }

    /// `<hostname>`s lowercased without repeats, the one the user typed (`type="user"`) first,
    /// then reverse DNS (`PTR`), then the rest in document order.
    static func hostNames(_ draft: NmapHostDraft) -> [String] {
        func rank(_ type: String?) -> Int {
            switch type?.lowercased() {
            case "user": 0
            case "ptr": 1
            default: 2
            }
        }
        let ordered = draft.hostnames.enumerated().sorted {
            (rank($0.element.type), $0.offset) < (rank($1.element.type), $1.offset)
        }
        var names: [String] = []
        for entry in ordered {
            guard let name = LoaderText.nonEmpty(entry.element.name)?.lowercased() else { continue }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `port@portid` and `port@protocol` (tcp when absent) as a `Port`.
    private static func port(of draft: NmapPortDraft) -> PortOutcome {
        guard let text = LoaderText.nonEmpty(draft.number), let number = Int(text), (1...65535).contains(number)
        else { return .skip(.badPort) }
        guard let transport = Transport(text: LoaderText.nonEmpty(draft.transport) ?? "tcp") else {
            return .skip(.badTransport)
        }
        return .port(Port(number: number, transport: transport))
    }

    private enum PortOutcome {
        case port(Port)
        case skip(SkipReason)
    }

    private static func serviceName(_ service: NmapPortDraft.Service?) -> String? {
        LoaderText.nonEmpty(service?.name)?.lowercased()
    }

    /// The observation of a loaded port. Its banner is, line by line: the product, version and
    /// extra information Nmap's version detection found (`OpenSSH 7.4 (protocol 2.0)`);
    /// masscan's `service@banner`; then each script's output that is not a finding, as
    /// `id: output` (the `<elem>` text when `output` is absent). `bannerRank` is 0 when the
    /// service itself named the program (product, version or a masscan banner), else 2.
    private static func observation(_ draft: NmapPortDraft, port: Port, input: Int) -> ServiceObservation {
        var observation = ServiceObservation(host: 0, port: port, input: input)
        let service = draft.service
        observation.serviceName = serviceName(service)
        observation.product = LoaderText.nonEmpty(service?.product)
        observation.version = LoaderText.nonEmpty(service?.version)
        observation.extraInfo = LoaderText.nonEmpty(service?.extraInfo)
        observation.tunnel = LoaderText.nonEmpty(service?.tunnel)?.lowercased()
        observation.state = draft.state ?? "open"
        observation.reason = LoaderText.nonEmpty(draft.reason)

        var lines: [String] = []
        let identity = [observation.product, observation.version].compactMap { $0 }.joined(separator: " ")
        if let extra = observation.extraInfo {
            lines.append(identity.isEmpty ? extra : "\(identity) (\(extra))")
        } else if !identity.isEmpty {
            lines.append(identity)
        }
        let masscanBanner = LoaderText.nonEmpty(service?.banner)
        if let masscanBanner { lines.append(masscanBanner) }
        let named = observation.product != nil || observation.version != nil || masscanBanner != nil
        for script in draft.scripts where !NmapVulnerabilityRule.isVulnerability(script) {
            guard let text = script.text else { continue }
            lines.append(text.contains("\n") ? "\(script.id):\n\(text)" : "\(script.id): \(text)")
        }
        observation.banner = lines.isEmpty ? nil : lines.joined(separator: "\n")
        observation.bannerRank = named ? 0 : 2
        return observation
    }

    /// The text of a script plugin: its id is all the export says about it.
    private static func plugin(scanner: Scanner, id: String) -> PluginInfo {
        var plugin = PluginInfo(key: PluginKey(scanner: scanner, id: id), name: "\(scanner.displayName) script \(id)")
        plugin.family = "Nmap Scripting Engine"
        return plugin
    }
}
