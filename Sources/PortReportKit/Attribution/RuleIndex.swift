#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ownership rules compiled into lookup tables, so attributing an address costs a few hash
/// lookups (one per distinct CIDR prefix length) rather than a scan of every rule.
struct RuleIndex: Sendable {
    private var endpoints: [Endpoint: OwnershipRule] = [:]
    private var addresses: [IPAddress: OwnershipRule] = [:]
    private var assets: [String: OwnershipRule] = [:]
    private var hostGlobs: [(glob: String, rule: OwnershipRule)] = []
    /// CIDR rules by prefix length, then by masked network; lengths kept longest first.
    private var networks: [Int: [IPAddress: OwnershipRule]] = [:]
    private var lengthsV4: [Int] = []
    private var lengthsV6: [Int] = []
    let configurationName: String

    init(rules: [OwnershipRule], configurationPath: String?) {
        configurationName =
            configurationPath.map { ($0 as String).split(separator: "/").last.map(String.init) ?? $0 }
            ?? "portreport.yml"
        var v4 = Set<Int>()
        var v6 = Set<Int>()
        for rule in rules {
            switch rule.matcher {
            case .endpoint(let endpoint): if endpoints[endpoint] == nil { endpoints[endpoint] = rule }
            case .address(let address): if addresses[address] == nil { addresses[address] = rule }
            case .asset(let name): if assets[name] == nil { assets[name] = rule }
            case .host(let glob): hostGlobs.append((glob, rule))
            case .cidr(let cidr):
                let key = cidr.prefixLength + (cidr.network.isIPv4 ? 0 : 1000)
                if networks[key]?[cidr.network] == nil { networks[key, default: [:]][cidr.network] = rule }
                if cidr.network.isIPv4 { v4.insert(cidr.prefixLength) } else { v6.insert(cidr.prefixLength) }
            }
        }
        lengthsV4 = v4.sorted(by: >)
        lengthsV6 = v6.sorted(by: >)
    }

    func endpoint(_ endpoint: Endpoint) -> OwnershipRule? { endpoints[endpoint] }
    func address(_ address: IPAddress) -> OwnershipRule? { addresses[address] }
    func asset(_ name: String) -> OwnershipRule? { assets[name] }

    /// The first host glob (in file order) matching `name`, compared without case.
    func host(_ name: String) -> OwnershipRule? {
        let lowered = name.lowercased()
        return hostGlobs.first { fnmatch($0.glob, lowered, 0) == 0 }?.rule
    }

    /// The CIDR rule with the longest prefix containing `address`, and that prefix length.
    func network(_ address: IPAddress) -> (rule: OwnershipRule, length: Int)? {
        for length in address.isIPv4 ? lengthsV4 : lengthsV6 {
            let key = length + (address.isIPv4 ? 0 : 1000)
            if let rule = networks[key]?[address.masked(to: length)] { return (rule, length) }
        }
        return nil
    }

    /// `(rule "cidr: 10.20.0.0/16", portreport.yml line 12)`.
    func cite(_ rule: OwnershipRule) -> String {
        "(rule \"\(rule.text)\", \(configurationName) line \(rule.line))"
    }
}
