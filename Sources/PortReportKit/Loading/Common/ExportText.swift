import Foundation

/// Cleans the text values CSV and JSON exports write, the same way for every loader.
enum ExportText {
    /// Cell values that mean "no value": empty, a lone `-`, or `N/A`.
    private static let placeholders: Set<String> = ["", "-", "n/a"]
    /// Host-name values that mean "no name": Qualys writes `No registered hostname`, others
    /// `unknown`.
    private static let namePlaceholders: Set<String> = ["unknown", "no registered hostname", "none", "null"]

    /// The trimmed text, or `nil` when it is empty or a placeholder (`-`, `N/A`).
    ///
    /// A leading apostrophe before `-`, `=`, `+` or `@` is removed first: Qualys writes `'-` so that
    /// spreadsheets do not read the cell as a formula.
    static func value(_ text: String?) -> String? {
        guard let text else { return nil }
        // Trimmed by Character rather than with Foundation's `trimmingCharacters`: this runs for
        // every cell of every row, where the Foundation call showed up as a quarter of load time.
        var trimmed = Substring(text).drop(while: \.isWhitespace)
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        if trimmed.hasPrefix("'"), let next = trimmed.dropFirst().first, "-=+@".contains(next) {
            trimmed.removeFirst()
        }
        if trimmed.utf8.count <= 3, placeholders.contains(trimmed.lowercased()) { return nil }
        return String(trimmed)
    }

    /// A host name, lowercased; `nil` for placeholders such as `No registered hostname`.
    static func hostName(_ text: String?) -> String? {
        guard let name = value(text)?.lowercased(), !namePlaceholders.contains(name) else { return nil }
        return name
    }

    /// The parts of a list cell separated by commas, semicolons or line breaks, trimmed, empty
    /// parts left out.
    static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split { $0 == "," || $0 == ";" || $0.isNewline }
            .compactMap { value(String($0)) }
    }

    /// Every `CVE-YYYY-NNNN` id in the text (any case, any separator), upper-cased, in order,
    /// without duplicates.
    static func cves(in text: String?) -> [String] {
        guard let text else { return [] }
        var result: [String] = []
        for token in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }) {
            let parts = token.uppercased().split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "CVE", parts[1].count == 4, parts[2].count >= 4,
                parts[1].allSatisfy(\.isNumber), parts[2].allSatisfy(\.isNumber)
            else { continue }
            let id = parts.joined(separator: "-")
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// A number in `range`, or `nil` when the text is absent, not a number, or out of range.
    static func number(_ text: String?, in range: ClosedRange<Double>) -> Double? {
        // NaN is in no range; `+ 0` turns -0 into 0, which would otherwise show as "-0.0".
        guard let text = value(text), let number = Double(text), range.contains(number) else { return nil }
        return number + 0
    }

    /// The addresses in a cell that may list several (`10.0.0.1,10.0.0.2` or one per line);
    /// text that is not an address is left out.
    static func addresses(_ text: String?) -> [IPAddress] {
        list(text).compactMap { IPAddress($0) }
    }

    /// At most `limit` bytes of `text`, cut at a character boundary, and whether it was cut.
    static func prefix(_ text: String, bytes limit: Int) -> (text: String, truncated: Bool) {
        guard text.utf8.count > limit else { return (text, false) }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf8.count
            if used + size > limit { break }
            used += size
            end = text.index(after: index)
        }
        return (String(text[..<end]), true)
    }
}
