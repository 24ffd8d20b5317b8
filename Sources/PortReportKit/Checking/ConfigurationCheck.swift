/// What `portreport check` finds: problems in the configuration and how each rule fares on the
/// current inputs.
public struct ConfigurationCheck: Sendable {
    /// One rule with the systems it matches and the systems it decides.
    public struct RuleUse: Sendable, Hashable {
        public var rule: OwnershipRule
        /// Systems (or, for endpoint rules, ports) the rule matches, at any precedence.
        public var matched: Int
        /// Systems (or ports) whose team this rule decides.
        public var decides: Int
    }

    /// Problems that make the configuration wrong: `portreport check` exits non-zero.
    public var errors: [Diagnostic] = []
    /// Problems worth fixing that do not make results wrong.
    public var warnings: [Diagnostic] = []
    public var rules: [RuleUse] = []
    /// Systems in the inputs.
    public var assetCount = 0

    /// Checks a configuration against a report built from it.
    public init(report: Report) {
        let configuration = report.configuration
        let path = configuration.path
        warnings += configuration.diagnostics
        let attributor = Attributor(configuration: configuration)
        var assetOfAddress: [IPAddress: Asset] = [:]
        for detail in report.assets {
            for address in detail.asset.addresses where assetOfAddress[address] == nil {
                assetOfAddress[address] = detail.asset
            }
        }
        for balancer in configuration.loadBalancers {
            for server in balancer.virtualServers {
                for member in server.pool
                where attributor.attribute(member, asset: assetOfAddress[member.address]).team == nil {
                    warnings.append(
                        Diagnostic(
                            path: server.path ?? path, line: server.line,
                            message: "pool member \(member) of \(balancer.name) (\(server.vip)) is owned by no rule"))
                }
            }
        }
        for index in report.expiredSuppressions {
            let suppression = configuration.suppressions[index]
            warnings.append(
                Diagnostic(
                    path: path, line: suppression.line,
                    message: "suppression \(suppression.plugin?.description ?? suppression.scope ?? "") expired on "
                        + "\(suppression.expires ?? "?"); its findings count again"))
        }
        errors += ConfigurationCheck.globTies(report: report, path: path)
        assetCount = report.assets.count
        rules = configuration.rules.map { rule in
            var matched = 0
            var decides = 0
            for detail in report.assets {
                if case .endpoint = rule.matcher {
                    for port in detail.ports where rule.matches(detail.asset, port: port.port, address: port.address) {
                        matched += 1
                        if port.attribution.rule == rule { decides += 1 }
                    }
                } else if rule.matches(detail.asset) {
                    matched += 1
                    if detail.attribution.rule == rule { decides += 1 }
                }
            }
            return RuleUse(rule: rule, matched: matched, decides: decides)
        }
    }

    /// Host globs of two teams matching one system tie (same precedence): the first in file order
    /// would win silently, so it is reported as an error naming both rules.
    static func globTies(report: Report, path: String?) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        var reported = Set<String>()
        let globs = report.configuration.rules.filter { if case .host = $0.matcher { true } else { false } }
        for detail in report.assets {
            let matching = globs.filter { $0.matches(detail.asset) }
            guard let first = matching.first else { continue }
            for other in matching.dropFirst() where other.team != first.team {
                let key = "\(first.line)-\(other.line)"
                guard reported.insert(key).inserted else { continue }
                errors.append(
                    Diagnostic(
                        severity: .error, path: path, line: other.line,
                        message: "'\(other.text)' (team \(other.team)) and '\(first.text)' (team \(first.team), line "
                            + "\(first.line)) both match \(detail.asset.displayName) with equal precedence"))
            }
        }
        return errors
    }
}
