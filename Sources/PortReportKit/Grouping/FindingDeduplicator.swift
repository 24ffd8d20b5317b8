import Foundation

/// Shows a finding reported twice (same fingerprint: the same host in two scans, or two scanners
/// with the same plugin ids) once: the newest report of it, listing the other inputs.
enum FindingDeduplicator {
    /// - Returns: the indices kept (in input order), each dropped index mapped to the kept one,
    ///   and for each kept finding the other inputs that reported it, newest first.
    static func deduplicate(_ scan: ScanResult) -> (kept: [Int], duplicateOf: [Int: Int], alsoIn: [Int: [Int]]) {
        // The identity of `Finding.fingerprint(hostIdentity:)`, taken host identity by host identity
        // so that the table of first sightings holds one host's findings at a time, not a million
        // (that table was 150 MB at a million findings), and no string is built per finding.
        struct Key: Hashable {
            var plugin: PluginKey
            var port: Port?
            var check: String?
        }
        var identities: [String: Int] = [:]
        var byIdentity: [[Int]] = []
        let identityOfHost = scan.hosts.map { host in
            if let known = identities[host.identity] { return known }
            identities[host.identity] = byIdentity.count
            byIdentity.append([])
            return byIdentity.count - 1
        }
        // Findings read in place through a buffer: a copy of each retained and released its strings.
        scan.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices { byIdentity[identityOfHost[findings[index].host]].append(index) }
        }

        var kept: [Int] = []
        kept.reserveCapacity(scan.findings.count)
        var duplicateOf: [Int: Int] = [:]
        var alsoIn: [Int: [Int]] = [:]
        var first: [Key: Int] = [:]
        for members in byIdentity {
            first.removeAll(keepingCapacity: true)
            var heads: [Int] = []
            var later: [Int: [Int]] = [:]
            scan.findings.withUnsafeBufferPointer { findings in
                for index in members {
                    let key = Key(
                        plugin: findings[index].plugin, port: findings[index].port,
                        check: findings[index].checkIdentity)
                    if let earlier = first[key] {
                        later[earlier, default: []].append(index)
                    } else {
                        first[key] = index
                        heads.append(index)
                    }
                }
            }
            for head in heads {
                guard let others = later[head] else {
                    kept.append(head)
                    continue
                }
                let sightings = [head] + others
                // Newest scan first; a scan without a date counts as oldest; ties keep input order.
                let newestFirst = sightings.sorted { lhs, rhs in
                    let left = scan.hosts[scan.findings[lhs].host].scanTime ?? .distantPast
                    let right = scan.hosts[scan.findings[rhs].host].scanTime ?? .distantPast
                    return left != right ? left > right : lhs < rhs
                }
                let representative = newestFirst[0]
                kept.append(representative)
                var inputs: [Int] = []
                for member in newestFirst.dropFirst() {
                    duplicateOf[member] = representative
                    let input = scan.findings[member].input
                    if input != scan.findings[representative].input, !inputs.contains(input) { inputs.append(input) }
                }
                if !inputs.isEmpty { alsoIn[representative] = inputs }
            }
        }
        return (kept.sorted(), duplicateOf, alsoIn)
    }
}
