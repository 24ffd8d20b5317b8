/// The order findings are listed in everywhere: most severe first, then by plugin, then by
/// position in the inputs (so ties are stable).
enum FindingOrder {
    /// Finding indices in this order.
    static func sorted(_ indices: [Int], in scan: ScanResult) -> [Int] {
        // Through a buffer pointer: reading `scan.findings` inside the comparison retained and
        // released the array (and copied fields) at every step of every sort.
        scan.findings.withUnsafeBufferPointer { findings in
            indices.sorted { precedes($0, $1, in: findings) }
        }
    }

    private static func precedes(_ lhs: Int, _ rhs: Int, in findings: UnsafeBufferPointer<Finding>) -> Bool {
        let leftSeverity = findings[lhs].severity
        let rightSeverity = findings[rhs].severity
        if leftSeverity != rightSeverity { return leftSeverity > rightSeverity }
        if findings[lhs].plugin != findings[rhs].plugin { return findings[lhs].plugin < findings[rhs].plugin }
        return lhs < rhs
    }
}
