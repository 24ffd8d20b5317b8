import Foundation

/// Shows a finding reported twice (same fingerprint: the same host in two scans, or two scanners
/// with the same plugin ids) once: the newest report of it, listing the other inputs.
enum FindingDeduplicator {
    /// - Returns: the indices kept (in input order), each dropped index mapped to the kept one,
    ///   and for each kept finding the other inputs that reported it, newest first.
    static func deduplicate(_ scan: ScanResult) -> (kept: [Int], duplicateOf: [Int: Int], alsoIn: [Int: [Int]]) {
        // The same identity as `Finding.fingerprint(hostIdentity:)`, without building a string per
        // finding: hosts with one identity share a number.
        struct Key: Hashable {
            var plugin: PluginKey
            var host: Int
            var port: Port?
            var check: String?
        }
        var identities: [String: Int] = [:]
        let hostKeys = scan.hosts.map { host in
            if let known = identities[host.identity] { return known }
            identities[host.identity] = identities.count
            return identities.count - 1
        }
        var first: [Key: Int] = [:]
        first.reserveCapacity(scan.findings.count)
        var order: [Int] = []
        var later: [Int: [Int]] = [:]
        for (index, finding) in scan.findings.enumerated() {
            let check = finding.compliance?.checkID ?? finding.compliance?.checkName ?? finding.matcher
            let key = Key(plugin: finding.plugin, host: hostKeys[finding.host], port: finding.port, check: check)
            if let earlier = first[key] {
                later[earlier, default: []].append(index)
            } else {
                first[key] = index
                order.append(index)
            }
        }
        first = [:]
        var kept: [Int] = []
        var duplicateOf: [Int: Int] = [:]
        var alsoIn: [Int: [Int]] = [:]
        kept.reserveCapacity(order.count)
        for head in order {
            guard let others = later[head] else {
                kept.append(head)
                continue
            }
            let members = [head] + others
            // Newest scan first; a scan without a date counts as oldest; ties keep input order.
            let newestFirst = members.sorted { lhs, rhs in
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
        return (kept.sorted(), duplicateOf, alsoIn)
    }
}
