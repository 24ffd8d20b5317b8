import Foundation

/// Reads the dates CSV and JSON exports write, remembering each text it has seen: exports repeat
/// the same few timestamps on every row, and building date formatters is slow.
///
/// Understands everything `ScanDate.parse` does, plus ISO 8601 with more than six fractional
/// digits (Nuclei writes nanoseconds), Tenable.sc `Feb 9, 2024 10:48:42 UTC`, Qualys VMDR
/// `Feb 03, 2026 07:00 AM`, and `22/09/2022 13:01` (day first when the first number cannot be a
/// month). Times without a zone are UTC. One parser serves one load; it is not shared.
final class ExportDateParser {
    private var seen: [String: Date?] = [:]
    private lazy var formatters: [DateFormatter] = ExportDateParser.extraFormats.map { format in
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    private static let extraFormats = [
        "MMM d, yyyy HH:mm:ss zzz", "MMM d, yyyy HH:mm:ss", "MMM d, yyyy hh:mm a", "MMM d, yyyy",
        "MM/dd/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy",
    ]

    /// The date the text names, or `nil` when it is empty or in no known format.
    func parse(_ text: String?) -> Date? {
        guard let text = ExportText.value(text) else { return nil }
        if let known = seen[text] { return known }
        let date =
            ScanDate.parse(ExportDateParser.shortenFraction(text))
            ?? formatters.lazy.compactMap {
                $0.date(from: text)
            }.first
        seen[text] = date
        return date
    }

    /// `2022-03-20T22:43:31.231312071-03:00` → `2022-03-20T22:43:31.231-03:00`: `ScanDate` reads
    /// three or six fractional digits only.
    static func shortenFraction(_ text: String) -> String {
        guard let time = text.firstIndex(of: "T"), let dot = text[time...].firstIndex(of: ".") else { return text }
        let digits = text[text.index(after: dot)...].prefix { $0.isNumber }
        guard digits.count > 3 else { return text }
        let kept = digits.prefix(3)
        return String(text[...dot]) + kept + text[digits.endIndex...]
    }
}
