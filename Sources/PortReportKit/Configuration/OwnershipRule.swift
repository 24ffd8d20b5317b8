/// One line of a team's `owns:` list: what it matches and where it was written.
public struct OwnershipRule: Sendable, Hashable {
    /// What the rule matches, in precedence order (most specific first).
    public enum Matcher: Sendable, Hashable {
        /// `endpoint: 10.30.0.7:8443/tcp`: one port of one address.
        case endpoint(Endpoint)
        /// `address: 10.0.0.5`: every port of one address.
        case address(IPAddress)
        /// `asset: billing-db`: an asset named under `assets:`.
        case asset(String)
        /// `host: "*.pay.example.com"`: a glob on any of the asset's names.
        case host(String)
        /// `cidr: 10.20.0.0/16`: a network; the longest prefix wins.
        case cidr(CIDR)
    }

    public var matcher: Matcher
    /// The owning team's id.
    public var team: String
    /// Where the rule stands in `portreport.yml` (1-based line), for explanations and errors.
    public var line: Int
    /// 1-based column of the rule's value, for errors.
    public var column: Int

    public init(matcher: Matcher, team: String, line: Int, column: Int = 0) {
        self.matcher = matcher
        self.team = team
        self.line = line
        self.column = column
    }

    /// The rule as written in the configuration: `cidr: 10.20.0.0/16`.
    public var text: String {
        switch matcher {
        case .endpoint(let endpoint): "endpoint: \(endpoint)"
        case .address(let address): "address: \(address)"
        case .asset(let name): "asset: \(name)"
        case .host(let glob): "host: \(glob)"
        case .cidr(let cidr): "cidr: \(cidr)"
        }
    }

    /// Precedence rank: 0 for endpoint, the most specific, up to 4 for cidr.
    public var rank: Int {
        switch matcher {
        case .endpoint: 0
        case .address: 1
        case .asset: 2
        case .host: 3
        case .cidr: 4
        }
    }
}
