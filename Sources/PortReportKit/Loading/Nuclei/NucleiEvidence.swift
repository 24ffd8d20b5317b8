/// Builds a Nuclei finding's evidence: where it matched, what the template extracted, and the
/// start of the request and response.
enum NucleiEvidence {
    /// How much of a request or response body is kept: enough to show the status line and
    /// headers, without copying whole pages into every finding.
    static let bodyLimit = 2 * 1024

    /// The evidence text, or `nil` when the record has none of its parts.
    ///
    /// Parts, each when present: `Matched at:` `matched-at` / `matched`; `Extracted results:`
    /// `extracted-results` / `extracted_results`, one per line; `Request` and `Response`, the
    /// first 2 KiB of `request` / `response`, saying so when they were longer.
    static func text(_ record: JSONValue) -> String? {
        var parts: [String] = []
        if let matched = ExportText.value(record.first("matched-at", "matched")?.text) {
            parts.append("Matched at: \(matched)")
        }
        let extracted = (record.first("extracted-results", "extracted_results")?.texts ?? [])
            .compactMap { ExportText.value($0) }
        if !extracted.isEmpty {
            parts.append("Extracted results:\n" + extracted.map { "  \($0)" }.joined(separator: "\n"))
        }
        for (key, label) in [("request", "Request"), ("response", "Response")] {
            guard let body = record[key]?.text, !body.isEmpty else { continue }
            let (kept, truncated) = ExportText.prefix(body, bytes: bodyLimit)
            let heading = truncated ? "\(label) (first 2 KiB of \(body.utf8.count) bytes):" : "\(label):"
            parts.append(heading + "\n" + kept)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
}
