/// Shows a finding reported twice (same fingerprint, e.g. the same host in two scan files) once.
enum FindingDeduplicator {
    /// - Returns: the indices kept (in input order), each dropped index mapped to the kept one,
    ///   and for each kept finding the other inputs that reported it.
    static func deduplicate(_ scan: ScanResult) -> (kept: [Int], duplicateOf: [Int: Int], alsoIn: [Int: [Int]]) {
        var firstByFingerprint: [String: Int] = [:]
        var kept: [Int] = []
        var duplicateOf: [Int: Int] = [:]
        var alsoIn: [Int: [Int]] = [:]
        kept.reserveCapacity(scan.findings.count)
        for (index, finding) in scan.findings.enumerated() {
            let fingerprint = finding.fingerprint(hostIdentity: scan.hosts[finding.host].identity)
            if let first = firstByFingerprint[fingerprint] {
                duplicateOf[index] = first
                let input = finding.input
                if input != scan.findings[first].input, !(alsoIn[first] ?? []).contains(input) {
                    alsoIn[first, default: []].append(input)
                }
            } else {
                firstByFingerprint[fingerprint] = index
                kept.append(index)
            }
        }
        return (kept, duplicateOf, alsoIn)
    }
}
