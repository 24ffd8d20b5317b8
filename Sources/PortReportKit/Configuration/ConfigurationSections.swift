import Foundation
import Yams

/// Reads the sections of `portreport.yml` below the top level, remembering what needs checking
/// once the whole file is read (team ids that rules and load balancers name).
struct ConfigurationSections {
    let reader: YAMLNodeReader
    let folder: String
    private var teamReferences: [(id: String, node: Node, keyPath: String)] = []
    /// Lines the load-balancer importers skipped.
    private(set) var diagnostics: [Diagnostic] = []

    init(reader: YAMLNodeReader, folder: String) {
        self.reader = reader
        self.folder = folder
    }

    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    mutating func teams(_ node: Node) throws -> [Team] {
        var teams: [Team] = []
        var seen: [String: Int] = [:]
        for (index, item) in try reader.sequence(node, "teams").enumerated() {
            let keyPath = "teams[\(index)]"
            var id: String?
            var name: String?
            var contacts: [String] = []
            var rulesNode: Node?
            for (key, value) in try reader.mapping(
                item, keyPath, allowed: ["id", "name", "contact", "contacts", "owns"])
            {
                switch key {
                case "id": id = try reader.string(value, "\(keyPath).id")
                case "name": name = try reader.string(value, "\(keyPath).name")
                case "contact", "contacts": contacts += try reader.strings(value, "\(keyPath).\(key)")
                case "owns": rulesNode = value
                default: break
                }
            }
            guard let id else { throw reader.error(item, keyPath, "a team needs an 'id'") }
            guard id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
                throw reader.error(item, "\(keyPath).id", "'\(id)' must be lowercase letters, digits and dashes")
            }
            if let line = seen[id] {
                throw reader.error(item, "\(keyPath).id", "team id '\(id)' is already used at line \(line)")
            }
            seen[id] = item.mark?.line ?? 0
            var team = Team(id: id, name: name ?? id, contacts: contacts)
            if let rulesNode { team.rules = try rules(rulesNode, team: id, keyPath: "\(keyPath).owns") }
            teams.append(team)
        }
        return teams
    }

    private func rules(_ node: Node, team: String, keyPath: String) throws -> [OwnershipRule] {
        let kinds: Set<String> = ["cidr", "host", "endpoint", "address", "asset"]
        return try reader.sequence(node, keyPath).enumerated().map { index, item in
            let path = "\(keyPath)[\(index)]"
            let pairs = try reader.mapping(item, path, allowed: kinds)
            guard pairs.count == 1, let (kind, value) = pairs.first else {
                throw reader.error(item, path, "each rule has exactly one of: cidr, host, endpoint, address, asset")
            }
            let text = try reader.string(value, "\(path).\(kind)")
            let line = value.mark?.line ?? item.mark?.line ?? 0
            let matcher: OwnershipRule.Matcher
            switch kind {
            case "cidr":
                guard text.contains("/"), let cidr = CIDR(text) else {
                    throw reader.error(value, "\(path).cidr", "'\(text)' is not a network such as 10.20.0.0/16")
                }
                matcher = .cidr(cidr)
            case "address":
                guard let address = IPAddress(text) else {
                    throw reader.error(value, "\(path).address", "'\(text)' is not an IPv4 or IPv6 address")
                }
                matcher = .address(address)
            case "endpoint":
                guard let endpoint = Endpoint(text) else {
                    throw reader.error(
                        value, "\(path).endpoint", "'\(text)' is not ADDRESS:PORT/TRANSPORT such as 10.30.0.7:8443/tcp")
                }
                matcher = .endpoint(endpoint)
            case "host":
                matcher = .host(text.lowercased())
            default:
                matcher = .asset(text)
            }
            return OwnershipRule(matcher: matcher, team: team, line: line, column: value.mark?.column ?? 0)
        }
    }

    func assets(_ node: Node) throws -> [AssetDefinition] {
        var names = Set<String>()
        return try reader.sequence(node, "assets").enumerated().map { index, item in
            let keyPath = "assets[\(index)]"
            var name: String?
            var addresses: [IPAddress] = []
            var hostNames: [String] = []
            for (key, value) in try reader.mapping(item, keyPath, allowed: ["name", "addresses", "names"]) {
                switch key {
                case "name": name = try reader.string(value, "\(keyPath).name")
                case "addresses":
                    let texts = try reader.strings(value, "\(keyPath).addresses")
                    addresses = try texts.map { text in
                        guard let address = IPAddress(text) else {
                            throw reader.error(
                                value, "\(keyPath).addresses", "'\(text)' is not an IPv4 or IPv6 address")
                        }
                        return address
                    }
                case "names": hostNames = try reader.strings(value, "\(keyPath).names").map { $0.lowercased() }
                default: break
                }
            }
            guard let name else { throw reader.error(item, keyPath, "an asset needs a 'name'") }
            guard names.insert(name).inserted else {
                throw reader.error(item, "\(keyPath).name", "asset '\(name)' is declared twice")
            }
            return AssetDefinition(name: name, addresses: addresses, names: hostNames, line: item.mark?.line ?? 0)
        }
    }

    mutating func loadBalancers(_ node: Node) throws -> [LoadBalancer] {
        var result: [LoadBalancer] = []
        for (index, item) in try reader.sequence(node, "load_balancers").enumerated() {
            let keyPath = "load_balancers[\(index)]"
            var name: String?
            var owner: String?
            var servers: [LoadBalancer.VirtualServer] = []
            var imports: [String] = []
            let allowed: Set<String> = ["name", "owner", "virtual_servers", "import"]
            for (key, value) in try reader.mapping(item, keyPath, allowed: allowed) {
                switch key {
                case "name": name = try reader.string(value, "\(keyPath).name")
                case "owner":
                    let id = try reader.string(value, "\(keyPath).owner")
                    owner = id
                    teamReferences.append((id, value, "\(keyPath).owner"))
                case "virtual_servers": servers = try virtualServers(value, keyPath: "\(keyPath).virtual_servers")
                case "import": imports = try reader.strings(value, "\(keyPath).import").map { resolve($0) }
                default: break
                }
            }
            guard let name else { throw reader.error(item, keyPath, "a load balancer needs a 'name'") }
            result.append(
                LoadBalancer(
                    name: name, owner: owner, virtualServers: servers + importedServers(imports), imports: imports,
                    line: item.mark?.line ?? 0))
        }
        return result
    }

    /// Reads VIPs and pools from HAProxy, nginx or F5 configurations; what an importer cannot
    /// use becomes a diagnostic and the rest still loads.
    private mutating func importedServers(_ paths: [String]) -> [LoadBalancer.VirtualServer] {
        var servers: [LoadBalancer.VirtualServer] = []
        for path in paths {
            let result = LoadBalancerImporters.importFile(path: path)
            servers += result.virtualServers.map { server in
                var copy = server
                copy.path = path
                return copy
            }
            diagnostics += result.diagnostics
        }
        return servers
    }

    private func virtualServers(_ node: Node, keyPath: String) throws -> [LoadBalancer.VirtualServer] {
        try reader.sequence(node, keyPath).enumerated().map { index, item in
            let path = "\(keyPath)[\(index)]"
            var vip: Endpoint?
            var poolTexts: [String] = []
            var poolNode: Node?
            for (key, value) in try reader.mapping(item, path, allowed: ["vip", "pool"]) {
                if key == "vip" {
                    let text = try reader.string(value, "\(path).vip")
                    guard let parsed = Endpoint(text, defaultTransport: .tcp) else {
                        throw reader.error(
                            value, "\(path).vip", "'\(text)' is not ADDRESS:PORT/TRANSPORT such as 203.0.113.10:443/tcp"
                        )
                    }
                    vip = parsed
                } else {
                    poolTexts = try reader.strings(value, "\(path).pool")
                    poolNode = value
                }
            }
            guard let vip else { throw reader.error(item, path, "a virtual server needs a 'vip'") }
            // Pool members are reached over the VIP's transport unless written otherwise.
            let pool = try poolTexts.map { text in
                guard let member = Endpoint(text, defaultTransport: vip.port.transport) else {
                    throw reader.error(poolNode, "\(path).pool", "'\(text)' is not ADDRESS:PORT such as 10.30.0.7:8443")
                }
                return member
            }
            return LoadBalancer.VirtualServer(vip: vip, pool: pool, line: item.mark?.line ?? 0)
        }
    }

    mutating func suppressions(_ node: Node) throws -> [Suppression] {
        var result: [Suppression] = []
        for (index, item) in try reader.sequence(node, "suppressions").enumerated() {
            let keyPath = "suppressions[\(index)]"
            var plugin: PluginKey?
            var scope: String?
            var reason: String?
            var owner: String?
            var expires: String?
            let allowed: Set<String> = ["plugin", "scope", "reason", "owner", "expires"]
            for (key, value) in try reader.mapping(item, keyPath, allowed: allowed) {
                let text = try reader.string(value, "\(keyPath).\(key)")
                switch key {
                case "plugin":
                    let parts = text.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, let scanner = Scanner(rawValue: String(parts[0]).lowercased()) else {
                        throw reader.error(
                            value, "\(keyPath).plugin", "'\(text)' is not SCANNER:ID such as nessus:10114")
                    }
                    plugin = PluginKey(scanner: scanner, id: String(parts[1]))
                case "scope": scope = text
                case "reason": reason = text
                case "owner":
                    owner = text
                    teamReferences.append((text, value, "\(keyPath).owner"))
                case "expires":
                    guard text.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) != nil else {
                        throw reader.error(value, "\(keyPath).expires", "'\(text)' is not a date YYYY-MM-DD")
                    }
                    expires = text
                default: break
                }
            }
            guard let reason else { throw reader.error(item, keyPath, "a suppression needs a 'reason'") }
            guard plugin != nil || scope != nil else {
                throw reader.error(item, keyPath, "a suppression needs a 'plugin', a 'scope' or both")
            }
            result.append(
                Suppression(
                    plugin: plugin, scope: scope, reason: reason, owner: owner, expires: expires,
                    line: item.mark?.line ?? 0))
        }
        return result
    }

    /// Checks what can be checked only once every section is read.
    func checkReferences(_ configuration: Configuration) throws {
        let ids = Set(configuration.teams.map(\.id))
        for reference in teamReferences where !ids.contains(reference.id) {
            throw reader.error(reference.node, reference.keyPath, "no team has the id '\(reference.id)'")
        }
        let assetNames = Set(configuration.assets.map(\.name))
        for team in configuration.teams {
            for rule in team.rules {
                if case .asset(let name) = rule.matcher, !assetNames.contains(name) {
                    throw PortReportError.configuration(
                        path: reader.path, line: rule.line, column: rule.column,
                        message:
                            "teams: rule 'asset: \(name)' of team '\(team.id)' names no asset declared under assets:")
                }
            }
        }
        try checkTies(configuration.rules)
    }

    /// Two teams claiming exactly the same thing with the same precedence is a tie no order can
    /// settle fairly: it is refused.
    private func checkTies(_ rules: [OwnershipRule]) throws {
        var first: [OwnershipRule.Matcher: OwnershipRule] = [:]
        for rule in rules {
            if let earlier = first[rule.matcher] {
                guard earlier.team != rule.team else { continue }
                throw PortReportError.configuration(
                    path: reader.path, line: rule.line, column: rule.column,
                    message:
                        "teams: '\(rule.text)' is claimed by both '\(earlier.team)' (line \(earlier.line)) and '\(rule.team)'"
                )
            }
            first[rule.matcher] = rule
        }
    }
}
