extension Severity {
    /// Maps a CVSS-like score (0–10) to the five-step scale, with the bands NVD uses for CVSS
    /// v3: 9.0 and above critical, 7.0 high, 4.0 medium, above 0 low, 0 info.
    ///
    /// Used for OpenVAS `<severity>` and the CVSS values of the Nmap `vulners` script. A
    /// negative score (OpenVAS log and debug levels) is info.
    init(cvssScore score: Double) {
        switch score {
        case 9...: self = .critical
        case 7..<9: self = .high
        case 4..<7: self = .medium
        case let value where value > 0: self = .low
        default: self = .info
        }
    }
}
