/// How serious a finding is, on the five-step scale every scanner maps to.
///
/// Nessus writes it as the `ReportItem@severity` attribute (`0`…`4`); its `risk_factor` child
/// (`None`, `Low`, `Medium`, `High`, `Critical`) is the fallback when the attribute is absent or
/// not a number.
public enum Severity: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case info = 0
    case low = 1
    case medium = 2
    case high = 3
    case critical = 4

    /// The word shown on every page next to the colour, so severity never relies on colour alone.
    public var word: String {
        switch self {
        case .info: "Info"
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        case .critical: "Critical"
        }
    }

    /// The lowercase name used in CSS classes and JSON (`critical`, `high`, …).
    public var name: String {
        switch self {
        case .info: "info"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .critical: "critical"
        }
    }

    /// Reads a Nessus `risk_factor` text (`None`, `Low`, `Medium`, `High`, `Critical`), any case.
    ///
    /// Returns `nil` for text that names no level, so the caller can count the record as skipped.
    public init?(riskFactor text: String) {
        switch text.trimmed.lowercased() {
        case "none", "info", "informational": self = .info
        case "low": self = .low
        case "medium", "moderate": self = .medium
        case "high": self = .high
        case "critical": self = .critical
        default: return nil
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
}
