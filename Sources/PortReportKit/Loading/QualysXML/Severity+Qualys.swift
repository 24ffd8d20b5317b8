extension Severity {
    /// Reads a Qualys severity level, `1`…`5` (`VULN@severity`, glossary `SEVERITY`): 5
    /// critical, 4 high, 3 medium, 2 low, 1 info. `nil` for anything else.
    init?(qualysLevel text: String?) {
        guard let value = LoaderText.nonEmpty(text).flatMap({ Int($0) }) else { return nil }
        switch value {
        case 5: self = .critical
        case 4: self = .high
        case 3: self = .medium
        case 2: self = .low
        case 1: self = .info
        default: return nil
        }
    }
}
