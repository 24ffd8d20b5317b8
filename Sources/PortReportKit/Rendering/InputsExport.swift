import Foundation

/// `data/inputs.json`: one object per input with its format and record counts, documented in
/// the README ("data/inputs.json").
struct InputsExport {
    struct Record: Encodable {
        var path: String
        var format: String
        var records: Int
        var kept: Int
        var skipped: [String: Int]
        var error: String?
    }

    let inputs: [InputSummary]

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let records = inputs.map {
            Record(
                path: $0.path, format: $0.format, records: $0.records, kept: $0.kept, skipped: $0.skipped,
                error: $0.error)
        }
        do {
            return try encoder.encode(records) + Data("\n".utf8)
        } catch {
            throw PortReportError(step: .rendering, path: SiteLinks.inputsJSON, message: "cannot encode: \(error)")
        }
    }
}
