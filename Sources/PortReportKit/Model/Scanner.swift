/// The scanner (and export format family) a finding came from.
///
/// Part of every finding's fingerprint and of finding page names (`findings/nessus-19506.html`).
public enum Scanner: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case nessus
    case nmap
    case openvas
    case qualys
    case nuclei
    case masscan

    /// The product name as shown to readers.
    public var displayName: String {
        switch self {
        case .nessus: "Nessus"
        case .nmap: "Nmap"
        case .openvas: "OpenVAS"
        case .qualys: "Qualys"
        case .nuclei: "Nuclei"
        case .masscan: "masscan"
        }
    }

    public static func < (lhs: Scanner, rhs: Scanner) -> Bool { lhs.rawValue < rhs.rawValue }
}
