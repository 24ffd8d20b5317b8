/// The contents of `portreport.yml`, validated, with paths resolved against the file's folder.
public struct Configuration: Sendable {
    /// Where it was read from; `nil` for the built-in default (no file).
    public var path: String?
    /// Report title shown on every page.
    public var title: String = "Scan report"
    /// Input files and folders, resolved.
    public var inputs: [String] = []
    /// Output folder, resolved; `nil` means the command's default (`public`).
    public var output: String?
    public var teams: [Team] = []
    public var assets: [AssetDefinition] = []
    public var loadBalancers: [LoadBalancer] = []
    /// Open ports on one address before it is flagged as a probable firewall.
    public var firewallSuspectPorts: Int = 100
    public var suppressions: [Suppression] = []
    /// Which scan evidence joins hosts into one asset (`merge:`); names and MACs by default.
    public var merge: MergePolicy = .namesAndMAC
    /// Problems that do not stop a build (load-balancer lines not understood, …).
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// The team with this id, if any.
    public func team(_ id: String) -> Team? { teams.first { $0.id == id } }

    /// Every ownership rule of every team, in file order.
    public var rules: [OwnershipRule] { teams.flatMap(\.rules) }
}
