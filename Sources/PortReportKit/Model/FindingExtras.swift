/// The parts of a `Finding` that few findings have: compliance results (audit scans), OpenVAS's
/// quality of detection, Nuclei's matcher, and CVEs or a rating carried by one finding alone (Nmap
/// scripts).
struct FindingExtras: Sendable, Hashable {
    var compliance: ComplianceResult?
    var qualityOfDetection: Int?
    var matcher: String?
    var cves: [String] = []
    var cvss: CVSS?

    /// An immutable box, so that a finding holds one reference instead of the values; it is
    /// replaced, never changed, which keeps `Finding` a value type.
    final class Box: Sendable, Hashable {
        let value: FindingExtras

        init(_ value: FindingExtras) {
            self.value = value
        }

        static func == (left: Box, right: Box) -> Bool { left.value == right.value }

        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }
}
