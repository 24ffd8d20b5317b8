import Foundation

/// The NVT `<tags>` string of OpenVAS/GMP: `key=value` pairs separated by `|`, e.g.
/// `cvss_base_vector=AV:N/…|summary=…|insight=…|affected=…|impact=…|solution=…|vuldetect=…|solution_type=VendorFix`.
struct OpenVASTags {
    /// The values by key; an empty value counts as absent. Values keep their line breaks.
    private(set) var values: [String: String] = [:]

    init(_ text: String?) {
        guard let text else { return }
        for pair in text.split(separator: "|", omittingEmptySubsequences: true) {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let key = pair[..<equals].trimmed.lowercased()
            let value = LoaderText.nonEmpty(String(pair[pair.index(after: equals)...]))
            if !key.isEmpty, let value, values[key] == nil { values[key] = value }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
