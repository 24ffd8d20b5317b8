/// Decides which team owns each asset and each asset:port, with the reason.
///
/// Precedence, most specific first: endpoint (address:port) > exact address > asset > host-name
/// glob > longest CIDR prefix > Unassigned.
public struct Attributor: Sendable {
    /// The rule index, shared by every copy: the builder hands an attributor to a closure per
    /// port, and copying the index's eight tables retained each of them every time.
    private final class Shared: Sendable {
        let index: RuleIndex
        init(_ index: RuleIndex) { self.index = index }
    }
    private let shared: Shared

    public init(configuration: Configuration) {
        shared = Shared(RuleIndex(rules: configuration.rules, configurationPath: configuration.path))
    }

    /// The team of the asset as a whole (its host-level findings and unclaimed ports).
    public func attribute(_ asset: Asset) -> Attribution {
        for address in asset.addresses {
            if let rule = shared.index.address(address) {
                return Attribution(
                    team: rule.team, rule: rule, reason: "its address \(address) is named \(shared.index.cite(rule))")
            }
        }
        if let name = asset.definition, let rule = shared.index.asset(name) {
            return Attribution(
                team: rule.team, rule: rule, reason: "it is the configured asset \(name) \(shared.index.cite(rule))")
        }
        for name in asset.names {
            if let rule = shared.index.host(name) {
                return Attribution(
                    team: rule.team, rule: rule, reason: "its name \(name) matches \(shared.index.cite(rule))")
            }
        }
        var best: (address: IPAddress, rule: OwnershipRule, length: Int)?
        for address in asset.addresses {
            if let match = shared.index.network(address), match.length > (best?.length ?? -1) {
                best = (address, match.rule, match.length)
            }
        }
        if let best {
            return Attribution(
                team: best.rule.team, rule: best.rule,
                reason: "its address \(best.address) is in \(best.address.masked(to: best.length))/\(best.length) "
                    + shared.index.cite(best.rule))
        }
        return .unassigned
    }

    /// The team of one port of the asset: an endpoint rule on the port's address (or, for a
    /// port known without address, on any of the asset's addresses), else the asset's own
    /// attribution.
    public func attribute(_ port: Port, on address: IPAddress?, of asset: Asset, assetAttribution: Attribution)
        -> Attribution
    {
        for address in address.map({ [$0] }) ?? asset.addresses {
            if let rule = shared.index.endpoint(Endpoint(address: address, port: port)) {
                return Attribution(
                    team: rule.team, rule: rule,
                    reason: "the port \(Endpoint(address: address, port: port)) is named \(shared.index.cite(rule))")
            }
        }
        return assetAttribution
    }

    /// The team of an endpoint that may not belong to any scanned asset (a pool member).
    public func attribute(_ endpoint: Endpoint, asset: Asset?) -> Attribution {
        if let rule = shared.index.endpoint(endpoint) {
            return Attribution(
                team: rule.team, rule: rule, reason: "the port \(endpoint) is named \(shared.index.cite(rule))")
        }
        if let asset { return attribute(asset) }
        let bare = Asset(
            id: "", displayName: endpoint.address.description, definition: nil,
            addresses: [endpoint.address], names: [], macAddresses: [], operatingSystems: [],
            hosts: [], mergeEvidence: [])
        return attribute(bare)
    }
}
