/// Flags addresses answering on more ports than `firewall_suspect_ports` and folds their ports
/// with nothing behind them, so one warning replaces hundreds of empty rows.
///
/// A port keeps its row when something real is behind it: a banner, a finding of severity Low or
/// more, or a finding from a plugin that is not a port scanner.
struct FirewallAnalyser {
    let threshold: Int
    let scan: ScanResult

    /// Nessus port-scanner plugin family: its findings only say a port answered.
    private static let portScannerFamily = "Port scanners"

    func analyse(_ assets: inout [AssetDetail]) -> [FirewallSuspect] {
        var suspects: [FirewallSuspect] = []
        // An address answers on at most as many ports as its asset has rows: most assets are
        // passed over without a look at their ports.
        for assetIndex in assets.indices where assets[assetIndex].ports.count > threshold {
            var byAddress: [IPAddress?: [Int]] = [:]
            for (portIndex, port) in assets[assetIndex].ports.enumerated() {
                byAddress[port.address, default: []].append(portIndex)
            }
            let addresses = byAddress.keys.sorted { ($0?.description ?? "") < ($1?.description ?? "") }
            for address in addresses {
                let indices = byAddress[address] ?? []
                let ports = indices.map { assets[assetIndex].ports[$0] }
                let tcpwrapped = ports.filter { $0.state == PortDetail.tcpwrapped }.count
                let open = ports.filter { $0.state == "open" }.count
                let openFiltered = ports.filter { $0.state == "open|filtered" }.count
                guard open + tcpwrapped > threshold else { continue }
                var collapsed: [Port] = []
                for index in indices where !hasRealService(assets[assetIndex].ports[index]) {
                    assets[assetIndex].ports[index].collapsed = true
                    collapsed.append(assets[assetIndex].ports[index].port)
                }
                suspects.append(
                    FirewallSuspect(
                        asset: assetIndex, address: address, answering: open + tcpwrapped, tcpwrapped: tcpwrapped,
                        openFiltered: openFiltered, collapsed: collapsed, threshold: threshold))
            }
        }
        return suspects
    }

    private func hasRealService(_ port: PortDetail) -> Bool {
        if port.banner != nil { return true }
        return port.findings.contains { index in
            let finding = scan.findings[index]
            if finding.severity >= .low { return true }
            return scan.plugins[finding.plugin]?.family != FirewallAnalyser.portScannerFamily
        }
    }
}
