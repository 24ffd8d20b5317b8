/// The order findings are listed in everywhere: most severe first, then by plugin, then by
/// position in the inputs (so ties are stable).
enum FindingOrder {
    static func precedes(_ lhs: Int, _ rhs: Int, in scan: ScanResult) -> Bool {
        let left = scan.findings[lhs]
        let right = scan.findings[rhs]
        if left.severity != right.severity { return left.severity > right.severity }
        if left.plugin != right.plugin { return left.plugin < right.plugin }
        return lhs < rhs
    }
}
