/// The order findings are listed in everywhere: most severe first, then by plugin, then by
/// position in the inputs (so ties are stable).
enum FindingOrder {
    static func precedes(_ lhs: Int, _ rhs: Int, in scan: ScanResult) -> Bool {
        // Field by field: binding whole findings copied (retained) every field at each comparison.
        let leftSeverity = scan.findings[lhs].severity
        let rightSeverity = scan.findings[rhs].severity
        if leftSeverity != rightSeverity { return leftSeverity > rightSeverity }
        if scan.findings[lhs].plugin != scan.findings[rhs].plugin {
            return scan.findings[lhs].plugin < scan.findings[rhs].plugin
        }
        return lhs < rhs
    }
}
