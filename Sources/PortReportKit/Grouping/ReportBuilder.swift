/// Turns loaded scans and the configuration into a `Report`: identifies assets, attributes them
/// and their ports, traces load balancers, drops duplicate findings and groups
/// Team → Asset → Port → findings.
///
/// Pure and deterministic: the same inputs give the same report, whatever the order of
/// dictionary iteration.
public struct ReportBuilder: Sendable {
    public var configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public func build(_ scan: ScanResult) -> Report {
        let (assets, assetOfHost) = AssetIdentifier(definitions: configuration.assets).identify(scan.hosts)
        let attributor = Attributor(configuration: configuration)
        let tracer = LoadBalancerTracer(balancers: configuration.loadBalancers)
        let (kept, duplicateOf, alsoIn) = FindingDeduplicator.deduplicate(scan)

        var assetOfAddress: [IPAddress: Int] = [:]
        for (index, asset) in assets.enumerated() {
            for address in asset.addresses where assetOfAddress[address] == nil { assetOfAddress[address] = index }
        }

        var collector = [PortCollector](repeating: PortCollector(), count: assets.count)
        for index in kept {
            let finding = scan.findings[index]
            collector[assetOfHost[finding.host]].add(finding: index, finding, address: scan.hosts[finding.host].address)
        }
        for observation in scan.observations {
            collector[assetOfHost[observation.host]]
                .add(observation: observation, address: scan.hosts[observation.host].address)
        }

        var details: [AssetDetail] = []
        for (assetIndex, asset) in assets.enumerated() {
            let assetAttribution = attributor.attribute(asset)
            let ports = collector[assetIndex].ports(scan: scan) { key in
                let attribution = attributor.attribute(
                    key.port, on: key.address, of: asset, assetAttribution: assetAttribution)
                let path = tracer.path(for: key.port, on: key.address, of: asset) { member in
                    attributor.attribute(member, asset: assetOfAddress[member.address].map { assets[$0] })
                }
                return (attribution, path)
            }
            let hostFindings = collector[assetIndex].hostFindings.sorted { FindingOrder.precedes($0, $1, in: scan) }
            details.append(
                AssetDetail(asset: asset, attribution: assetAttribution, ports: ports, hostFindings: hostFindings))
        }

        let sections = TeamSectionBuilder.sections(teams: configuration.teams, assets: details)
        return Report(
            configuration: configuration, scan: scan, assets: details, assetOfHost: assetOfHost,
            sections: sections, duplicateOf: duplicateOf, alsoReportedIn: alsoIn)
    }
}
