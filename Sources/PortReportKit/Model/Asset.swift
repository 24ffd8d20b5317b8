/// One system: every address and name the scans and the configuration know it by.
public struct Asset: Sendable, Hashable {
    /// File-name-safe id (`10-20-4-5`, `billing-db`), unique in a build: `hosts/<id>.html`.
    public var id: String
    /// The name shown to readers: the configured asset name, else an FQDN, a NetBIOS name or
    /// the address.
    public var displayName: String
    /// The `assets:` entry this asset comes from, if any.
    public var definition: String?
    /// Addresses, sorted numerically.
    public var addresses: [IPAddress]
    /// Names (FQDN, NetBIOS, configured), sorted.
    public var names: [String]
    /// MAC addresses seen, sorted.
    public var macAddresses: [String]
    /// Operating systems the scanners reported, first seen first.
    public var operatingSystems: [String]
    /// Indices of the scanned hosts that make up this asset.
    public var hosts: [Int]
    /// Why several hosts were taken for one asset, in words (empty for a single host).
    public var mergeEvidence: [String]

    public init(
        id: String, displayName: String, definition: String?, addresses: [IPAddress], names: [String],
        macAddresses: [String], operatingSystems: [String], hosts: [Int], mergeEvidence: [String]
    ) {
        self.id = id
        self.displayName = displayName
        self.definition = definition
        self.addresses = addresses
        self.names = names
        self.macAddresses = macAddresses
        self.operatingSystems = operatingSystems
        self.hosts = hosts
        self.mergeEvidence = mergeEvidence
    }
}
