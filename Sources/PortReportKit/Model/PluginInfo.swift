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
///
/// The fields live in one shared, copy-on-write box: pages and exports look a plugin up for every
/// finding, and copying a dozen strings and arrays out of the plugin table each time was a large
/// share of the reference counting in a build.
public struct PluginInfo: Sendable, Hashable, Codable {
    /// The stored fields; `PluginInfo`'s properties read and write them.
    struct Fields: Sendable, Hashable, Codable {
        var key: PluginKey
        var name: String
        var family: String?
        var synopsis: String?
        var description: String?
        var solution: String?
        var seeAlso: [String] = []
        var riskFactor: String?
        var cvss: [CVSS] = []
        var cves: [String] = []
        var cwes: [String] = []
        var epss: Double?
        var vpr: Double?
        var exploitAvailable: Bool = false
        var knownExploited: String?
    }

    /// Shared between copies until one of them changes (then that one gets its own).
    private final class Box: @unchecked Sendable {
        // Mutated only while uniquely referenced (`isKnownUniquelyReferenced`), so never while
        // another copy or thread can see it.
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    public init(key: PluginKey, name: String) {
        box = Box(Fields(key: key, name: name))
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    public static func == (left: PluginInfo, right: PluginInfo) -> Bool {
        left.box === right.box || left.box.fields == right.box.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    public init(from decoder: Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws { try box.fields.encode(to: encoder) }

    public var key: PluginKey {
        get { box.fields.key }
        set { update { $0.key = newValue } }
    }
    /// Nessus `ReportItem@pluginName`.
    public var name: String {
        get { box.fields.name }
        set { update { $0.name = newValue } }
    }
    /// Nessus `ReportItem@pluginFamily`.
    public var family: String? {
        get { box.fields.family }
        set { update { $0.family = newValue } }
    }
    /// Nessus `<synopsis>`.
    public var synopsis: String? {
        get { box.fields.synopsis }
        set { update { $0.synopsis = newValue } }
    }
    /// Nessus `<description>`.
    public var description: String? {
        get { box.fields.description }
        set { update { $0.description = newValue } }
    }
    /// Nessus `<solution>`.
    public var solution: String? {
        get { box.fields.solution }
        set { update { $0.solution = newValue } }
    }
    /// Nessus `<see_also>`: one reference per line, usually URLs (shown as text, never as links).
    public var seeAlso: [String] {
        get { box.fields.seeAlso }
        set { update { $0.seeAlso = newValue } }
    }
    /// Nessus `<risk_factor>` as written.
    public var riskFactor: String? {
        get { box.fields.riskFactor }
        set { update { $0.riskFactor = newValue } }
    }
    /// Every CVSS rating given (`cvss_*`, `cvss3_*`, `cvss4_*`), oldest version first.
    public var cvss: [CVSS] {
        get { box.fields.cvss }
        set { update { $0.cvss = newValue } }
    }
    /// CVE ids from `<cve>` children, sorted.
    public var cves: [String] {
        get { box.fields.cves }
        set { update { $0.cves = newValue } }
    }
    /// CWE ids from `<cwe>` children, normalised to `CWE-20` whether written `20` or `CWE-20`.
    public var cwes: [String] {
        get { box.fields.cwes }
        set { update { $0.cwes = newValue } }
    }
    /// EPSS probability 0…1 from `<epss_score>`.
    public var epss: Double? {
        get { box.fields.epss }
        set { update { $0.epss = newValue } }
    }
    /// Tenable VPR 0…10 from `<vpr_score>`.
    public var vpr: Double? {
        get { box.fields.vpr }
        set { update { $0.vpr = newValue } }
    }
    /// `<exploit_available>true</exploit_available>`.
    public var exploitAvailable: Bool {
        get { box.fields.exploitAvailable }
        set { update { $0.exploitAvailable = newValue } }
    }
    /// `<cisa-known-exploited>`: the date the CVE entered CISA's KEV catalogue, or `true`.
    public var knownExploited: String? {
        get { box.fields.knownExploited }
        set { update { $0.knownExploited = newValue } }
    }

    /// The highest-version CVSS rating with a score, the one shown in tables.
    public var primaryCVSS: CVSS? {
        cvss.last { $0.score != nil } ?? cvss.last
    }
}
