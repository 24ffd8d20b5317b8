import Foundation

/// Small text helpers shared by the loaders.
enum LoaderText {
    /// `text` without surrounding white space and new lines, or `nil` when nothing is left.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmed
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The CVE ids in a list however it is separated (commas, spaces, new lines), upper-cased;
    /// words that are not CVE ids (`NOCVE`, URLs) are dropped.
    static func cves(in text: String) -> [String] {
        text.split { $0 == "," || $0 == ";" || $0.isWhitespace }
            .map { $0.uppercased() }
            .filter { $0.hasPrefix("CVE-") && $0.count > 4 }
    }

    /// A number written by a scanner (`5`, `7.5`, ` 9.8 `), or `nil`.
    static func number(_ text: String?) -> Double? {
        nonEmpty(text).flatMap { Double($0) }
    }
}
