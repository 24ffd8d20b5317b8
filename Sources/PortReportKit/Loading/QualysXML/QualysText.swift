import Foundation

/// How Qualys XML writes names, scores and empty values.
enum QualysText {
    /// Host names Qualys writes when it has none.
    private static let placeholderNames: Set<String> = ["no registered hostname", "unknown"]

    /// A host name from `IP@name`, `DNS` or `NETBIOS`, lowercased; `nil` when empty or a
    /// placeholder (`No registered hostname`, `unknown`).
    static func hostName(_ text: String?) -> String? {
        guard let name = LoaderText.nonEmpty(text)?.lowercased(), !placeholderNames.contains(name) else { return nil }
        return name
    }

    /// Knowledge-base text (`DIAGNOSIS`, `CONSEQUENCE`, `SOLUTION`), or `nil` when empty or a
    /// bare `N/A` / `NA`.
    static func meaningful(_ text: String?) -> String? {
        guard let value = LoaderText.nonEmpty(text) else { return nil }
        return ["n/a", "na"].contains(value.lowercased()) ? nil : value
    }

    /// A Qualys CVSS value: `5`, `7.5`, or `7.5 (AV:N/AC:L/…)` with the vector in parentheses;
    /// `-` or empty is no rating.
    static func cvss(_ text: String?, fallbackVersion: String) -> CVSS? {
        guard let value = LoaderText.nonEmpty(text), value != "-" else { return nil }
        guard let open = value.firstIndex(of: "(") else {
            return CVSS(score: value, vector: nil, fallbackVersion: fallbackVersion)
        }
        let score = String(value[..<open])
        let vector = value[value.index(after: open)...].trimmingCharacters(in: CharacterSet(charactersIn: ") "))
        return CVSS(score: score, vector: vector, fallbackVersion: fallbackVersion)
    }

    /// The QID in `qid_38170` (a glossary or `QID@id` reference) or `38170`.
    static func qid(_ text: String?) -> String? {
        guard var value = LoaderText.nonEmpty(text) else { return nil }
        if value.lowercased().hasPrefix("qid_") { value = String(value.dropFirst(4)) }
        return value.isEmpty ? nil : value
    }

    /// The port of a Qualys record: `port` number text and `protocol` (tcp when absent). `nil`
    /// port and no reason: host-level (no port, or port 0).
    static func port(number: String?, transport: String?) -> (port: Port?, skip: SkipReason?) {
        guard let text = LoaderText.nonEmpty(number) else { return (nil, nil) }
        guard let value = Int(text), (0...65535).contains(value) else { return (nil, .badPort) }
        if value == 0 { return (nil, nil) }
        guard let protocolName = Transport(text: LoaderText.nonEmpty(transport) ?? "tcp") else {
            return (nil, .badTransport)
        }
        return (Port(number: value, transport: protocolName), nil)
    }
}
