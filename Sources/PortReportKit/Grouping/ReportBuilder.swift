import Foundation

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
        // Duplicates are found beside asset identification: neither needs the other.
        let deduplicating = BackgroundWork { FindingDeduplicator.deduplicate(scan) }
        let (assets, assetOfHost) = AssetIdentifier(definitions: configuration.assets, policy: configuration.merge)
            .identify(scan.hosts)
        let attributor = Attributor(configuration: configuration)
        let tracer = LoadBalancerTracer(balancers: configuration.loadBalancers)
        let (kept, duplicateOf, alsoIn) = deduplicating.wait()

        var firstAssetOf: [IPAddress: Int] = [:]
        for (index, asset) in assets.enumerated() {
            for address in asset.addresses where firstAssetOf[address] == nil { firstAssetOf[address] = index }
        }
        let assetOfAddress = firstAssetOf

        // Kept findings and observations by asset, in scan order (a counting sort, on one core
        // but only integers); each chunk then fills its own assets' collectors, which was the
        // build's longest stretch on one core while the other idled.
        let findingsOfAsset = AssetBuckets(kept, assets: assets.count) { assetOfHost[scan.findings[$0].host] }
        let observationsOfAsset = AssetBuckets(Array(scan.observations.indices), assets: assets.count) {
            assetOfHost[scan.observations[$0].host]
        }

        // Assets are built side by side in a few chunks per core, each asset's collector made
        // and dropped in turn.
        let chunks = ReportBuilder.chunks(assets.count)
        let built = Parallel.map(chunks.count) { chunkIndex -> [AssetDetail] in
            let range = chunks[chunkIndex]
            var details: [AssetDetail] = []
            details.reserveCapacity(range.count)
            for assetIndex in range {
                let asset = assets[assetIndex]
                var collector = PortCollector()
                for index in findingsOfAsset[assetIndex] {
                    let host = scan.findings[index].host
                    collector.add(finding: index, port: scan.findings[index].port, address: scan.hosts[host].address)
                }
                for index in observationsOfAsset[assetIndex] {
                    let observation = scan.observations[index]
                    collector.add(observation: observation, address: scan.hosts[observation.host].address)
                }
                let assetAttribution = attributor.attribute(asset)
                let ports = collector.ports(scan: scan) { key in
                    let attribution = attributor.attribute(
                        key.port, on: key.address, of: asset, assetAttribution: assetAttribution)
                    let path = tracer.path(for: key.port, on: key.address, of: asset) { member in
                        attributor.attribute(member, asset: assetOfAddress[member.address].map { assets[$0] })
                    }
                    return (attribution, path)
                }
                let hostFindings = FindingOrder.sorted(collector.hostFindings, in: scan)
                details.append(
                    AssetDetail(
                        asset: asset, attribution: assetAttribution, ports: ports, hostFindings: hostFindings))
            }
            return details
        }
        var details: [AssetDetail] = []
        details.reserveCapacity(assets.count)
        for chunk in built { details += chunk }

        ReportBuilder.markPoolMembers(&details, balancers: configuration.loadBalancers)
        // The team sections are built beside the firewall analysis, which only folds empty ports
        // (the sections never look at that): each was one core's work while the other idled.
        let assetsForSections = details
        let teams = configuration.teams
        let sectioning = BackgroundWork { TeamSectionBuilder.sections(teams: teams, assets: assetsForSections) }
        let firewallSuspects = FirewallAnalyser(threshold: configuration.firewallSuspectPorts, scan: scan)
            .analyse(&details)
        let asOf = ReportBuilder.asOf(scan)
        let matcher = SuppressionMatcher(suppressions: configuration.suppressions, asOf: asOf)
        var suppressedBy: [Int: Int] = [:]
        // Most configurations suppress nothing: then no finding is looked at (each look copied
        // the finding and its asset).
        for index in kept where !matcher.isEmpty {
            let host = scan.findings[index].host
            if let suppression = matcher.match(
                scan.findings[index], address: scan.hosts[host].address, asset: assets[assetOfHost[host]])
            {
                suppressedBy[index] = suppression
            }
        }
        let sections = sectioning.wait()
        var report = Report(
            configuration: configuration, scan: scan, assets: details, assetOfHost: assetOfHost,
            sections: sections, duplicateOf: duplicateOf, alsoReportedIn: alsoIn)
        report.suppressedBy = suppressedBy
        report.expiredSuppressions = matcher.expired
        report.asOf = asOf
        report.firewallSuspects = firewallSuspects
        return report
    }

    /// Consecutive index ranges covering `0..<count`: a few per core so that a chunk of large
    /// assets does not leave the other cores idle.
    static func chunks(_ count: Int) -> [Range<Int>] {
        let wanted = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = max(1, (count + wanted - 1) / wanted)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// Notes on each port that is a pool member which VIPs forward to it, so the owning team
    /// sees where its service is exposed.
    static func markPoolMembers(_ details: inout [AssetDetail], balancers: [LoadBalancer]) {
        var vipsOf: [Endpoint: [String]] = [:]
        for balancer in balancers {
            for server in balancer.virtualServers {
                for member in server.pool { vipsOf[member, default: []].append("\(server.vip) (\(balancer.name))") }
            }
        }
        guard !vipsOf.isEmpty else { return }
        for assetIndex in details.indices {
            for portIndex in details[assetIndex].ports.indices {
                // Two fields read in place: a copy of each port's detail retained all its fields.
                guard let address = details[assetIndex].ports[portIndex].address,
                    let vips = vipsOf[Endpoint(address: address, port: details[assetIndex].ports[portIndex].port)]
                else {
                    continue
                }
                details[assetIndex].ports[portIndex].reachedThrough = vips
            }
        }
    }

    /// The newest scan date among the hosts (`YYYY-MM-DD`, UTC), so that suppression expiry
    /// depends on the inputs, not on the day the report is built; today when no scan is dated.
    static func asOf(_ scan: ScanResult) -> String {
        let newest = scan.hosts.compactMap(\.scanTime).max() ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: newest)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
