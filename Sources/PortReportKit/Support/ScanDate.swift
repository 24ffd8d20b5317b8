import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the date formats scanner exports use, as UTC unless the text gives an offset.
///
/// Parsed by hand rather than with `DateFormatter`: a formatter per call made date parsing a
/// tenth of loading a .nessus file (every host has two dates), and the formats are few.
public enum ScanDate {
    /// Parses `Tue Nov 24 02:10:11 2026` (Nessus `HOST_START`), ISO 8601 with or without zone or
    /// fractional seconds (`2026-11-24T02:10:11Z`, `2026-11-24T02:10:11.123+01:00`,
    /// `2026-11-24 02:10:11`, `2026-11-24`), `11/24/2026 02:10:11` and `11/24/2026` (US order,
    /// as Tenable and Qualys CSV write), or Unix seconds (Nmap `starttime`). `nil` otherwise.
    public static func parse(_ text: String) -> Date? {
        let value = text.trimmed
        guard !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds > 0 { return Date(timeIntervalSince1970: seconds) }
        if let first = value.unicodeScalars.first, first.properties.isAlphabetic { return nessus(value) }
        if value.contains("/") { return slashed(value) }
        return iso(value)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Tue Nov 24 02:10:11 2026`.
    private static func nessus(_ text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 5, let month = months.firstIndex(of: parts[1].lowercased()), let day = Int(parts[2]),
            let year = Int(parts[4]), let time = clock(parts[3])
        else { return nil }
        return make(year: year, month: month + 1, day: day, time: time, offset: 0)
    }

    /// `11/24/2026` or `11/24/2026 02:10:11`.
    private static func slashed(_ text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        let date = parts.first?.split(separator: "/") ?? []
        guard date.count == 3, let month = Int(date[0]), let day = Int(date[1]), let year = Int(date[2]) else {
            return nil
        }
        let time = parts.count > 1 ? clock(parts[1]) : (0, 0, 0)
        guard let time else { return nil }
        return make(year: year, month: month, day: day, time: time, offset: 0)
    }

    /// `2026-11-24`, `2026-11-24T02:10:11`, `…Z`, `….123456` (any number of fractional digits),
    /// `…+01:00`, `… 02:10:11`.
    private static func iso(_ text: String) -> Date? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 10, scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"),
            let year = Int(String(decoding: scalars[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: scalars[5..<7], as: UTF8.self)),
            let day = Int(String(decoding: scalars[8..<10], as: UTF8.self))
        else { return nil }
        guard scalars.count > 10 else { return make(year: year, month: month, day: day, time: (0, 0, 0), offset: 0) }
        guard scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: " ") else { return nil }
        var rest = String(decoding: scalars[11...], as: UTF8.self)
        var offset = 0
        if rest.hasSuffix("Z") {
            rest.removeLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: sign)...].split(separator: ":")
            guard let hours = zone.first.flatMap({ Int($0.prefix(2)) }) else { return nil }
            let minutes = zone.count > 1 ? Int(zone[1]) ?? 0 : Int(zone[0].dropFirst(2)) ?? 0
            offset = (hours * 3600 + minutes * 60) * (rest[sign] == "-" ? -1 : 1)
            rest = String(rest[..<sign])
        }
        var fraction = 0.0
        if let dot = rest.firstIndex(of: ".") {
            let digits = rest[rest.index(after: dot)...].prefix { $0.isNumber }
            fraction = Double("0." + digits) ?? 0
            rest = String(rest[..<dot])
        }
        guard let time = clock(Substring(rest)) else { return nil }
        return make(year: year, month: month, day: day, time: time, offset: offset)?.addingTimeInterval(fraction)
    }

    /// `02:10:11` or `02:10`.
    private static func clock(_ text: Substring) -> (Int, Int, Int)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2 || parts.count == 3, let hour = Int(parts[0]), let minute = Int(parts[1]) else {
            return nil
        }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else {
            return nil
        }
        return (hour, minute, second)
    }

    /// 28 to 31; February has 29 days in years divisible by 4, except centuries not divisible by 400.
    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func make(year: Int, month: Int, day: Int, time: (Int, Int, Int), offset: Int) -> Date? {
        // A day the month does not have (`2026-02-31`) is refused: timegm would roll it over
        // into the next month and the report would show a date the scanner never wrote.
        guard (1970...9999).contains(year), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day)
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(time.0)
        parts.tm_min = Int32(time.1)
        parts.tm_sec = Int32(time.2)
        let seconds = timegm(&parts)
        guard seconds >= 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds - offset))
    }
}
