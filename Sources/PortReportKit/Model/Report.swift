/// One open port of one asset with everything reported on it.
public struct PortDetail: Sendable {
    /// The address the port was found on; `nil` when the scan named the host only by name.
    /// A port's key is (address, transport, number): an asset with two addresses has a row for
    /// each address that answered.
    public var address: IPAddress?
    public var port: Port
    /// Indices into `ScanResult.findings`, most severe first.
    public var findings: [Int]
    /// The scanner's service name (first one given), without `?`.
    public var serviceName: String?
    /// Whether every scanner only guessed the service name.
    public var serviceGuessed: Bool
    /// The banner that best identifies the service (untrusted text), if any.
    public var banner: String?
    /// Product, version and extra information, when a scanner separated them (Nmap
    /// `service@product`, `@version`, `@extrainfo`): `nginx 1.18.0 (Ubuntu)`.
    public var product: String?
    public var attribution: Attribution
    /// Set when the port is a load-balancer VIP.
    public var loadBalancerPath: LoadBalancerPath?
    /// VIPs that forward to this port as a pool member: `203.0.113.10:443/tcp (edge-lb)`.
    public var reachedThrough: [String] = []

    /// The highest severity among its findings; `info` when none.
    public var highestSeverity: Severity
    /// `open`, `tcpwrapped`, `open|filtered`, …: the most open state any scanner reported.
    public var state: String = "open"
    /// Whether the row is folded into its address's firewall summary.
    public var collapsed = false

    /// The state label of a port whose connection was accepted and closed at once.
    public static let tcpwrapped = "tcpwrapped"
}

/// One asset with its ports and host-level findings, and who owns it.
public struct AssetDetail: Sendable {
    public var asset: Asset
    public var attribution: Attribution
    /// Ports sorted by address, then number, then transport.
    public var ports: [PortDetail]
    /// Findings with no port (Nessus port 0), most severe first.
    public var hostFindings: [Int]
}

/// What one team sees: assets, each with the ports shown to this team.
public struct TeamSection: Sendable {
    /// The team; `nil` for Unassigned.
    public var team: Team?
    public var assets: [TeamAsset]
}

/// An asset as shown on one team's page.
public struct TeamAsset: Sendable {
    /// Index into `Report.assets`.
    public var asset: Int
    /// Indices into that asset's `ports` shown to this team.
    public var ports: [Int]
    /// Whether the asset as a whole (and its host-level findings) belongs to this team.
    public var ownsAsset: Bool
    /// Why this team sees it, one sentence per reason.
    public var reasons: [String]
}

/// The grouped, attributed result of a build: what every page is rendered from.
public struct Report: Sendable {
    public var configuration: Configuration
    public var scan: ScanResult
    public var assets: [AssetDetail]
    /// For each scanned host, its asset's index.
    public var assetOfHost: [Int]
    /// Configured teams in file order, then Unassigned (team `nil`) last.
    public var sections: [TeamSection]
    /// Indices of findings hidden as duplicates of an earlier one, mapped to the kept finding.
    public var duplicateOf: [Int: Int]
    /// Inputs that also reported each kept finding, beyond its own input.
    public var alsoReportedIn: [Int: [Int]]
    /// Suppressed findings: finding index → index into the configuration's suppressions.
    public var suppressedBy: [Int: Int] = [:]
    /// Suppressions whose `expires` date has passed (indices into the configuration's list).
    public var expiredSuppressions: [Int] = []
    /// The date suppressions are judged against, `YYYY-MM-DD`: the newest scan date.
    public var asOf: String = ""
    /// Addresses answering on more ports than `firewall_suspect_ports`.
    public var firewallSuspects: [FirewallSuspect] = []
}
