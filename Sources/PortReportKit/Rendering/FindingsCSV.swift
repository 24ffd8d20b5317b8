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

    /// The records as CSV text: a header line, then one line per record, CRLF line ends, a field
    /// quoted (quotes doubled) when it holds a comma, a quote, CR or LF (RFC 4180).
    static func csv(_ records: [FindingsExport.Record]) -> Data {
        var bytes: [UInt8] = []
        append(header, to: &bytes)
        for record in records { append(row(record), to: &bytes) }
        return Data(bytes)
    }

    /// Writes the header line to `stream`; then `write(_:to:)` adds each record.
    static func writeHeader(to stream: SiteStream) throws {
        try stream.append { append(header, to: &$0) }
    }

    static func write(_ record: FindingsExport.Record, to stream: SiteStream) throws {
        try stream.append { append(row(record), to: &$0) }
    }

    /// One CSV line, written byte by byte rather than with CSV.swift's writer, which pushes one
    /// Unicode scalar at a time through an OutputStream: that was 36% of a whole 10k-finding build
    /// (`perf record`), with every finding written twice (all findings, and its team's file).
    private static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var field = field
            field.withUTF8 { source in
                let special = source.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
                guard special else {
                    bytes.append(contentsOf: source)
                    return
                }
                bytes.append(0x22)
                var start = 0
                for position in source.indices where source[position] == 0x22 {
                    // Up to and including the quote, then the quote again.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...position]))
                    bytes.append(0x22)
                    start = position + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
                bytes.append(0x22)
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }
}
