import Foundation

/// Reads the date formats scanner exports use, always as UTC unless the text says otherwise.
public enum ScanDate {
    /// Parses `Tue Nov 24 02:10:11 2026` (Nessus `HOST_START`), ISO 8601 with or without zone or
    /// fractional seconds (`2026-11-24T02:10:11Z`, `2026-11-24T02:10:11.123+01:00`,
    /// `2026-11-24 02:10:11`), or Unix seconds (Nmap `starttime`). `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let seconds = Double(trimmed), seconds > 0 { return Date(timeIntervalSince1970: seconds) }
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    private static let formats = [
        "EEE MMM d HH:mm:ss yyyy", "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX",
        "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy", "yyyy-MM-dd",
    ]
}
