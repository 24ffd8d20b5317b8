@testable import PortReportKit

/// Builds scans and configurations as values, for stage tests that need no files.
enum Fixtures {
    static func host(_ address: String?, names: [String] = [], input: Int = 0) -> ScannedHost {
        var host = ScannedHost(reportedName: address ?? names.first ?? "unnamed", input: input)
        if let address { host.address = IPAddress(address) }
        if let fqdn = names.first { host.fqdn = fqdn.lowercased() }
        return host
    }

    static func finding(
        host: Int, port: Int?, transport: Transport = .tcp, plugin: String = "1",
        severity: Severity = .medium, input: Int = 0
    ) -> Finding {
        Finding(
            plugin: PluginKey(scanner: .nessus, id: plugin), severity: severity, host: host,
            port: port.map { Port(number: $0, transport: transport) }, input: input)
    }

    static func configuration(_ yaml: String) throws -> Configuration {
        try ConfigurationLoader.parse(yaml, path: "portreport.yml")
    }
}
