import CSV
import Foundation

/// `data/findings.csv` and the per-team CSVs: the JSON export's records as spreadsheet rows.
///
/// Scanner text reaches spreadsheets here, so every cell that a spreadsheet would read as a
/// formula (beginning with `=`, `+`, `-`, `@`, tab or carriage return) is neutralised with a
/// leading apostrophe, the OWASP-recommended defence against CSV injection.
enum FindingsCSV {
    /// Column titles, in order.
    static let header = [
        "team", "severity", "asset", "asset_name", "address", "host_name", "port", "transport", "service", "scanner",
        "plugin_id", "plugin_name", "cvss_score", "cvss_version", "cves", "cwes", "epss", "known_exploited",
        "exploit_available", "evidence", "attribution", "load_balancer_path", "suppressed", "input", "fingerprint",
    ]

    static func row(_ record: FindingsExport.Record) -> [String] {
        [
            record.team ?? "", record.severity, record.asset, record.assetName, record.address ?? "",
            record.hostName ?? "", record.port.map(String.init) ?? "", record.transport ?? "", record.service ?? "",
            record.scanner, record.pluginID, record.pluginName, record.cvssScore.map { "\($0)" } ?? "",
            record.cvssVersion ?? "", record.cves.joined(separator: " "), record.cwes.joined(separator: " "),
            record.epss.map { "\($0)" } ?? "", record.knownExploited ?? "", record.exploitAvailable ? "yes" : "no",
            record.evidence ?? "", record.attribution, record.loadBalancerPath ?? "", record.suppressed ?? "",
            record.input, record.fingerprint,
        ].map(neutralise)
    }

    /// Prefixes a cell a spreadsheet would take for a formula with an apostrophe.
    static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + cell : cell
    }

    /// The records as CSV text: a header line, then one line per record (RFC 4180 quoting).
    static func csv(_ records: [FindingsExport.Record]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for record in records { try writer.write(row: row(record)) }
            writer.stream.close()
        } catch {
            throw PortReportError(step: .rendering, path: SiteLinks.findingsCSV, message: "cannot write CSV: \(error)")
        }
        var data = (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
        data.append(contentsOf: Array("\r\n".utf8))
        return data
    }
}
