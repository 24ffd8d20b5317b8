/// Identifies a plugin (Nessus plugin, OpenVAS NVT, Qualys QID, Nuclei template) across inputs.
public struct PluginKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var scanner: Scanner
    /// The scanner's own id: Nessus `ReportItem@pluginID`.
    public var id: String

    public init(scanner: Scanner, id: String) {
        self.scanner = scanner
        self.id = id
    }

    /// `nessus:19506`, the form suppressions and exports use.
    public var description: String { "\(scanner.rawValue):\(id)" }

    public static func < (lhs: PluginKey, rhs: PluginKey) -> Bool {
        if lhs.scanner != rhs.scanner { return lhs.scanner < rhs.scanner }
        if lhs.id.count != rhs.id.count, let l = Int(lhs.id), let r = Int(rhs.id) { return l < r }
        return lhs.id < rhs.id
    }
}

/// The text and ratings of one plugin, stored once however many findings it raised.
///
/// Nessus repeats these children in every `ReportItem` of the plugin; the loader keeps the first
/// copy it reads. Every field but `key` and `name` may be empty when the export leaves it out.
public struct PluginInfo: Sendable, Hashable, Codable {
    public var key: PluginKey
    /// Nessus `ReportItem@pluginName`.
    public var name: String
    /// Nessus `ReportItem@pluginFamily`.
    public var family: String?
    /// Nessus `<synopsis>`.
    public var synopsis: String?
    /// Nessus `<description>`.
    public var description: String?
    /// Nessus `<solution>`.
    public var solution: String?
    /// Nessus `<see_also>`: one reference per line, usually URLs (shown as text, never as links).
    public var seeAlso: [String] = []
    /// Nessus `<risk_factor>` as written.
    public var riskFactor: String?
    /// Every CVSS rating given (`cvss_*`, `cvss3_*`, `cvss4_*`), oldest version first.
    public var cvss: [CVSS] = []
    /// CVE ids from `<cve>` children, sorted.
    public var cves: [String] = []
    /// CWE ids from `<cwe>` children, normalised to `CWE-20` whether written `20` or `CWE-20`.
    public var cwes: [String] = []
    /// EPSS probability 0…1 from `<epss_score>`.
    public var epss: Double?
    /// Tenable VPR 0…10 from `<vpr_score>`.
    public var vpr: Double?
    /// `<exploit_available>true</exploit_available>`.
    public var exploitAvailable: Bool = false
    /// `<cisa-known-exploited>`: the date the CVE entered CISA's KEV catalogue, or `true`.
    public var knownExploited: String?

    public init(key: PluginKey, name: String) {
        self.key = key
        self.name = name
    }

    /// The highest-version CVSS rating with a score, the one shown in tables.
    public var primaryCVSS: CVSS? {
        cvss.last { $0.score != nil } ?? cvss.last
    }
}
