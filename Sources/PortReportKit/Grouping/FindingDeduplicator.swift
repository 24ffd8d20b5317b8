import Foundation

/// Shows a finding reported twice (same fingerprint: the same host in two scans, or two scanners
/// with the same plugin ids) once: the newest report of it, listing the other inputs.
enum FindingDeduplicator {
    /// - Returns: the indices kept (in input order), each dropped index mapped to the kept one,
    ///   and for each kept finding the other inputs that reported it, newest first.
    static func deduplicate(_ scan: ScanResult) -> (kept: [Int], duplicateOf: [Int: Int], alsoIn: [Int: [Int]]) {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, finding) in scan.findings.enumerated() {
            let fingerprint = finding.fingerprint(hostIdentity: scan.hosts[finding.host].identity)
            if groups[fingerprint] == nil { order.append(fingerprint) }
            groups[fingerprint, default: []].append(index)
        }
        var kept: [Int] = []
        var duplicateOf: [Int: Int] = [:]
        var alsoIn: [Int: [Int]] = [:]
        kept.reserveCapacity(order.count)
        for fingerprint in order {
            guard let members = groups[fingerprint] else { continue }
            guard members.count > 1 else {
                kept.append(members[0])
                continue
            }
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
