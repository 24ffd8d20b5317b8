/// Turns one masscan `-oJ` host object into a host and one service observation per port.
struct MasscanRecordConverter {
    struct Converted {
        var host: ScannedHost
        /// Observations whose `host` is still 0: the loader sets it once the host is registered.
        var observations: [ServiceObservation]
    }

    let dates: ExportDateParser

    /// Converts an object, or says why it is skipped.
    ///
    /// - host: `ip`; absent or not an address → skipped (`no host`). scan time: `timestamp`
    ///   (Unix seconds).
    /// - each element of `ports` becomes an observation: `port` (1–65535) and `proto` (tcp, udp,
    ///   sctp; tcp when absent); `status` as the state (`open` when absent); `reason`;
    ///   `service.name` and `service.banner` (banner-grab runs). Elements with port 0 or an
    ///   unknown `proto` (masscan's `--ping` writes `icmp`) are left out; an object none of whose
    ///   ports is usable is skipped (`no port with …`).
    /// - `ttl` is not kept: nothing in the report uses it.
    func convert(_ record: JSONValue, input: Int) -> Result<Converted, SkipReason> {
        guard let text = ExportText.value(record["ip"]?.text), let address = IPAddress(text) else {
            return .failure(.missingHost)
        }
        var host = ScannedHost(reportedName: address.description, input: input)
        host.scanTime = dates.parse(record["timestamp"]?.text)
        var observations: [ServiceObservation] = []
        for entry in record["ports"]?.elements ?? [] {
            guard let number = entry["port"]?.number.flatMap({ Int(exactly: $0) }), (1...65535).contains(number),
                let transport = Transport(text: entry["proto"]?.text ?? "tcp"), transport != .icmp
            else { continue }
            var observation = ServiceObservation(
                host: 0, port: Port(number: number, transport: transport), input: input)
            observation.state = ExportText.value(entry["status"]?.text)?.lowercased() ?? "open"
            observation.reason = ExportText.value(entry["reason"]?.text)
            let service = entry["service"] ?? .null
            let name = ExportText.value(service["name"]?.text)?.lowercased()
            observation.serviceName = name
            observation.banner = ExportText.value(service["banner"]?.text)
            observation.bannerRank = MasscanRecordConverter.bannerRank(serviceName: name)
            observations.append(observation)
        }
        guard !observations.isEmpty else { return .failure(.noUsablePort) }
        return .success(Converted(host: host, observations: observations))
    }

    /// masscan's banner "services" include the TLS certificate (`X509`, `ssl`) and the page title
    /// (`title`, `html`), which say less about the program than a protocol banner does.
    static func bannerRank(serviceName: String?) -> Int {
        switch serviceName {
        case "x509", "ssl": 3
        case "title", "html": 2
        default: 0
        }
    }
}
