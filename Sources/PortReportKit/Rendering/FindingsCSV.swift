import CByteScan
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
        var bytes = ByteBuffer()
        append(header, to: &bytes)
        for record in records { append(row(record), to: &bytes) }
        return bytes.withBytes { Data(buffer: $0) }
    }

    /// Writes the header line to `stream`; `FindingLines.csv` writes each finding's line.
    static func writeHeader(to stream: SiteStream) throws {
        try stream.append { append(header, to: &$0) }
    }

    /// The fields `scanner` to `exploit_available` (`PluginExport.csv`).
    static func appendPluginFields(_ record: FindingsExport.Record, to bytes: inout ByteBuffer, first: Bool) {
        var line = LineWriter(first: first)
        line.field(into: &bytes, record.scanner)
        line.field(into: &bytes, record.pluginID)
        line.field(into: &bytes, record.pluginName)
        line.field(into: &bytes, record.cvssScore.map { "\($0)" })
        line.field(into: &bytes, record.cvssVersion)
        line.field(into: &bytes, record.cves.joined(separator: " "))
        line.field(into: &bytes, record.cwes.joined(separator: " "))
        line.field(into: &bytes, record.epss.map { "\($0)" })
        line.field(into: &bytes, record.knownExploited)
        line.field(into: &bytes, record.exploitAvailable ? "yes" : "no")
    }

    /// Writes one line's fields: neutralised, then quoted when needed.
    struct LineWriter {
        var first = true

        mutating func field(into bytes: inout ByteBuffer, _ value: String?) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            guard let value, !value.isEmpty else { return }
            // Native and small strings lend their bytes without a copy of the string.
            if value.utf8.withContiguousStorageIfAvailable({ LineWriter.append($0, to: &bytes) }) == nil {
                var value = value
                value.withUTF8 { LineWriter.append($0, to: &bytes) }
            }
        }

        private static func append(_ source: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer) {
            // The formula characters are all ASCII: the first byte is the first scalar.
            let formula = source.first.map(FindingsCSV.startsFormula) ?? false
            FindingsCSV.appendField(source, neutralised: formula, to: &bytes)
        }
    }

    /// Whether a cell starting with `byte` reads as a formula: `= + - @ TAB CR`.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        default: return false
        }
    }

    /// One CSV line, written byte by byte rather than with CSV.swift's writer, which pushes one
    /// Unicode scalar at a time through an OutputStream: that was 36% of a whole 10k-finding build
    /// (`perf record`), with every finding written twice (all findings, and its team's file).
    private static func append(_ fields: [String], to bytes: inout ByteBuffer) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var field = field
            field.withUTF8 { appendField($0, neutralised: false, to: &bytes) }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// Whether `source` holds a comma, a quote, CR or LF: eight bytes at a time (`WordScan`), as
    /// every field of two CSV lines per finding goes through here.
    static func needsQuotes(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        // Long fields (evidence, the attribution sentence) sixteen bytes at a time in C.
        if source.count >= WordScan.longRun, let base = source.baseAddress {
            return bytescan_csv(base, source.count) < source.count
        }
        return WordScan.contains(
            source,
            inWord: {
                WordScan.has($0, 0x2C) | WordScan.has($0, 0x22) | WordScan.has($0, 0x0D) | WordScan.has($0, 0x0A) != 0
            },
            isOne: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A })
    }

    /// One field, with an apostrophe first when `neutralised`, quoted (quotes doubled) when it
    /// holds a comma, a quote, CR or LF.
    private static func appendField(
        _ source: UnsafeBufferPointer<UInt8>, neutralised: Bool, to bytes: inout ByteBuffer
    ) {
        guard needsQuotes(source) else {
            if neutralised { bytes.append(0x27) }
            bytes.append(source)
            return
        }
        bytes.append(0x22)
        if neutralised { bytes.append(0x27) }
        var start = 0
        for position in source.indices where source[position] == 0x22 {
            // Up to and including the quote, then the quote again.
            bytes.append(UnsafeBufferPointer(rebasing: source[start...position]))
            bytes.append(0x22)
            start = position + 1
        }
        bytes.append(UnsafeBufferPointer(rebasing: source[start...]))
        bytes.append(0x22)
    }

    /// The line `row(record)` makes, through the general writer: the reference the direct
    /// writer is tested against.
    static func referenceLine(_ record: FindingsExport.Record) -> [UInt8] {
        var bytes = ByteBuffer()
        append(row(record), to: &bytes)
        return bytes.array
    }
}
