/// Groups scanned hosts into assets: one asset per configured `assets:` entry they match, else
/// one per address, else one per name.
///
/// Pure: the same hosts and definitions always give the same assets, in the same order
/// (by lowest address, then name).
public struct AssetIdentifier: Sendable {
    public var definitions: [AssetDefinition]

    public init(definitions: [AssetDefinition]) {
        self.definitions = definitions
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

        var groupOfKey: [String: Int] = [:]
        var groups: [[Int]] = []
        var groupDefinition: [Int?] = []
        var groupEvidence: [[String]] = []
        for (hostIndex, host) in hosts.enumerated() {
            let listed = host.addresses.first { definitionByAddress[$0] != nil }
            var definition = listed.flatMap { definitionByAddress[$0] }
            var evidence: String?
            if let definition, let listed {
                evidence = "\(listed) is listed under asset '\(definitions[definition].name)' in the configuration"
            } else if let match = host.names.first(where: { definitionByName[$0] != nil }) {
                definition = definitionByName[match]
                evidence =
                    "name \(match) is listed under asset '\(definitions[definition ?? 0].name)' in the configuration"
            }
            let key: String
            if let definition {
                key = "asset:\(definitions[definition].name)"
            } else if let address = host.address {
                key = "ip:\(address)"
            } else {
                key = "name:\(host.names.first ?? host.reportedName)"
            }
            if let group = groupOfKey[key] {
                groups[group].append(hostIndex)
                if let evidence, !groupEvidence[group].contains(evidence) { groupEvidence[group].append(evidence) }
            } else {
                groupOfKey[key] = groups.count
                groups.append([hostIndex])
                groupDefinition.append(definition)
                groupEvidence.append(evidence.map { [$0] } ?? [])
            }
        }

        var drafts: [Asset] = []
        for (group, members) in groups.enumerated() {
            drafts.append(
                makeAsset(
                    members: members, hosts: hosts, definition: groupDefinition[group].map { definitions[$0] },
                    evidence: groupEvidence[group]))
        }
        let order = drafts.indices.sorted { AssetIdentifier.precedes(drafts[$0], drafts[$1]) }
        var slugs = SlugAllocator()
        var assets: [Asset] = []
        var newIndexOfGroup = [Int](repeating: 0, count: drafts.count)
        for (newIndex, group) in order.enumerated() {
            var asset = drafts[group]
            asset.id = slugs.allocate(asset.definition ?? asset.addresses.first?.description ?? asset.displayName)
            assets.append(asset)
            newIndexOfGroup[group] = newIndex
        }
        var assetOfHost = [Int](repeating: 0, count: hosts.count)
        for (group, members) in groups.enumerated() {
            for member in members { assetOfHost[member] = newIndexOfGroup[group] }
        }
        return (assets, assetOfHost)
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
        let fqdn = sortedNames.first { $0.contains(".") }
        let displayName =
            definition?.name ?? fqdn ?? sortedNames.first ?? sortedAddresses.first?.description
            ?? hosts[members[0]].reportedName
        return Asset(
            id: "", displayName: displayName, definition: definition?.name, addresses: sortedAddresses,
            names: sortedNames, macAddresses: macs.sorted(), operatingSystems: systems, hosts: members,
            mergeEvidence: members.count > 1 || (definition != nil && addresses.count > 1) ? evidence : [])
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
