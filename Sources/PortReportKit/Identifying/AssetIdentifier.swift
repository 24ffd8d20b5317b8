/// Groups scanned hosts into assets.
///
/// Hosts join when they share an address, match the same configured `assets:` entry, or (as the
/// merge policy allows) report the same FQDN/NetBIOS name or MAC address. Placeholder names and
/// MACs never join anything, and two different configured assets are never joined. Each join by
/// scan evidence is recorded in words on the asset.
///
/// Pure: the same hosts and definitions always give the same assets, in the same order
/// (by lowest address, then name).
public struct AssetIdentifier: Sendable {
    public var definitions: [AssetDefinition]
    public var policy: MergePolicy

    public init(definitions: [AssetDefinition], policy: MergePolicy = .namesAndMAC) {
        self.definitions = definitions
        self.policy = policy
    }

    /// The assets and, for each host index, the index of its asset.
    public func identify(_ hosts: [ScannedHost]) -> (assets: [Asset], assetOfHost: [Int]) {
        var definitionByAddress: [IPAddress: Int] = [:]
        var definitionByName: [String: Int] = [:]
        for (index, definition) in definitions.enumerated() {
            for address in definition.addresses where definitionByAddress[address] == nil {
                definitionByAddress[address] = index
            }
            for name in definition.names where definitionByName[name] == nil { definitionByName[name] = index }
        }

        // Each host's configured asset, with the reason in words.
        var hostDefinition: [Int?] = []
        var definitionEvidence: [Int: String] = [:]
        for (index, host) in hosts.enumerated() {
            if let listed = host.addresses.first(where: { definitionByAddress[$0] != nil }),
                let definition = definitionByAddress[listed]
            {
                hostDefinition.append(definition)
                definitionEvidence[index] =
                    "\(listed) is listed under asset '\(definitions[definition].name)' in the configuration"
            } else if let name = host.names.first(where: { definitionByName[$0] != nil }),
                let definition = definitionByName[name]
            {
                hostDefinition.append(definition)
                definitionEvidence[index] =
                    "name \(name) is listed under asset '\(definitions[definition].name)' in the configuration"
            } else {
                hostDefinition.append(nil)
            }
        }

        var sets = UnionFind(count: hosts.count)
        var setDefinition = hostDefinition
        var joinedBy: [String: [Int]] = [:]
        for (index, host) in hosts.enumerated() {
            for key in keys(of: host, definition: hostDefinition[index]) { joinedBy[key, default: []].append(index) }
        }
        for key in joinedBy.keys.sorted() {
            guard let members = joinedBy[key], let first = members.first else { continue }
            for member in members.dropFirst() {
                let rootA = sets.find(first)
                let rootB = sets.find(member)
                guard rootA != rootB else { continue }
                // Evidence never joins two different configured assets.
                if let a = setDefinition[rootA], let b = setDefinition[rootB], a != b { continue }
                let definition = setDefinition[rootA] ?? setDefinition[rootB]
                sets.union(rootA, rootB)
                setDefinition[sets.find(rootA)] = definition
            }
        }

        var membersOfRoot: [Int: [Int]] = [:]
        for index in hosts.indices { membersOfRoot[sets.find(index), default: []].append(index) }
        // The assets are made side by side in chunks (sorting names and addresses and wording
        // the evidence was most of this step, on one core while the other had finished the
        // duplicates), in root order as before.
        let groups = membersOfRoot.keys.sorted().compactMap { root in
            membersOfRoot[root].map { (members: $0, definition: setDefinition[root]) }
        }
        let chunks = ReportBuilder.chunks(groups.count)
        let evidenceOf = definitionEvidence
        let drafts = Parallel.map(chunks.count) { chunk in
            chunks[chunk].map { position -> Asset in
                let (members, definitionIndex) = groups[position]
                var evidence = members.compactMap { evidenceOf[$0] }
                evidence += mergeEvidence(members.map { hosts[$0] })
                return makeAsset(
                    members: members, hosts: hosts, definition: definitionIndex.map { definitions[$0] },
                    evidence: unique(evidence))
            }
        }.flatMap { $0 }
        let order = drafts.indices.sorted { AssetIdentifier.precedes(drafts[$0], drafts[$1]) }
        var slugs = SlugAllocator()
        var assets: [Asset] = []
        var assetOfHost = [Int](repeating: 0, count: hosts.count)
        for (newIndex, draftIndex) in order.enumerated() {
            var asset = drafts[draftIndex]
            asset.id = slugs.allocate(asset.definition ?? asset.addresses.first?.description ?? asset.displayName)
            for member in asset.hosts { assetOfHost[member] = newIndex }
            assets.append(asset)
        }
        return (assets, assetOfHost)
    }

    /// The keys under which a host joins others: its configured asset and addresses always;
    /// its meaningful names and MACs as the policy allows; a host with neither address nor name
    /// keeps its reported name.
    private func keys(of host: ScannedHost, definition: Int?) -> [String] {
        var keys = host.addresses.map { "ip:\($0)" }
        if let definition { keys.append("asset:\(definitions[definition].name)") }
        if policy != .none || host.addresses.isEmpty {
            keys += host.names.filter(HostEvidence.isMeaningful(name:)).map { "name:\($0)" }
        }
        if policy == .namesAndMAC {
            keys += host.macAddresses.filter(HostEvidence.isMeaningful(mac:)).map { "mac:\($0)" }
        }
        if keys.isEmpty { keys.append("reported:\(host.reportedName)") }
        return keys
    }

    /// Sentences naming each name or MAC that several addresses of the group reported.
    private func mergeEvidence(_ hosts: [ScannedHost]) -> [String] {
        guard policy != .none else { return [] }
        var addressesOf: [String: Set<IPAddress>] = [:]
        for host in hosts {
            for name in host.names where HostEvidence.isMeaningful(name: name) {
                addressesOf["name \(name)", default: []].formUnion(host.addresses)
            }
            if policy == .namesAndMAC {
                for mac in host.macAddresses where HostEvidence.isMeaningful(mac: mac) {
                    addressesOf["MAC address \(mac)", default: []].formUnion(host.addresses)
                }
            }
        }
        return addressesOf.keys.sorted().compactMap { key in
            guard let addresses = addressesOf[key], addresses.count > 1 else { return nil }
            let list = addresses.sorted().map(\.description)
            return "\(key) was reported for \(list.dropLast().joined(separator: ", ")) and \(list.last ?? "")"
        }
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    private func makeAsset(members: [Int], hosts: [ScannedHost], definition: AssetDefinition?, evidence: [String])
        -> Asset
    {
        var addresses = Set<IPAddress>(definition?.addresses ?? [])
        var names = Set<String>(definition?.names ?? [])
        var macs = Set<String>()
        var systems: [String] = []
        for member in members {
            let host = hosts[member]
            addresses.formUnion(host.addresses)
            names.formUnion(host.names)
            macs.formUnion(host.macAddresses)
            if let system = host.operatingSystem, !systems.contains(system) { systems.append(system) }
        }
        let sortedAddresses = addresses.sorted()
        let sortedNames = names.sorted()
        let fqdn = sortedNames.first { $0.utf8.contains(UInt8(ascii: ".")) }
        let displayName =
            definition?.name ?? fqdn ?? sortedNames.first ?? sortedAddresses.first?.description
            ?? hosts[members[0]].reportedName
        return Asset(
            id: "", displayName: displayName, definition: definition?.name, addresses: sortedAddresses,
            names: sortedNames, macAddresses: macs.sorted(), operatingSystems: systems, hosts: members,
            mergeEvidence: sortedAddresses.count > 1 ? evidence : [])
    }

    /// Assets sort by their lowest address; assets known only by name come after, by name.
    static func precedes(_ lhs: Asset, _ rhs: Asset) -> Bool {
        switch (lhs.addresses.first, rhs.addresses.first) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.displayName < rhs.displayName
        }
    }
}
