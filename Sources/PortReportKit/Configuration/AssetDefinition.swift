/// A system declared under `assets:`: all its addresses and names belong to one asset.
public struct AssetDefinition: Sendable, Hashable {
    public var name: String
    public var addresses: [IPAddress]
    /// Host names, lowercased.
    public var names: [String]
    /// 1-based line in `portreport.yml`.
    public var line: Int

    public init(name: String, addresses: [IPAddress], names: [String], line: Int) {
        self.name = name
        self.addresses = addresses
        self.names = names
        self.line = line
    }
}
