/// Gathers one asset's findings and observations by port while the builder walks the scan.
struct PortCollector {
    private var findingsByPort: [Port: [Int]] = [:]
    private var observationsByPort: [Port: [ServiceObservation]] = [:]
    private(set) var hostFindings: [Int] = []

    mutating func add(finding index: Int, _ finding: Finding) {
        if let port = finding.port {
            findingsByPort[port, default: []].append(index)
        } else {
            hostFindings.append(index)
        }
    }

    mutating func add(observation: ServiceObservation) {
        observationsByPort[observation.port, default: []].append(observation)
    }

    /// The asset's ports in order, each with its findings sorted and its best banner.
    func ports(scan: ScanResult, attribute: (Port) -> (Attribution, LoadBalancerPath?)) -> [PortDetail] {
        let allPorts = Set(findingsByPort.keys).union(observationsByPort.keys).sorted()
        return allPorts.map { port in
            let findings = (findingsByPort[port] ?? []).sorted { FindingOrder.precedes($0, $1, in: scan) }
            let observations = observationsByPort[port] ?? []
            let named = findings.map { scan.findings[$0] }.filter { $0.serviceName != nil }
            let confident = named.first { !$0.serviceGuessed } ?? named.first
            let observed = observations.first { $0.serviceName != nil }
            let best = PortCollector.bestBanner(observations)
            let (attribution, path) = attribute(port)
            return PortDetail(
                port: port, findings: findings,
                serviceName: confident?.serviceName ?? observed?.serviceName,
                serviceGuessed: confident?.serviceGuessed ?? false,
                banner: best?.banner, product: observations.lazy.compactMap(\.product).first,
                attribution: attribution, loadBalancerPath: path,
                highestSeverity: findings.first.map { scan.findings[$0].severity } ?? .info)
        }
    }

    /// The generic Nessus "Service Detection" (22964) output names less than a server-type
    /// plugin's banner, so it is the last choice.
    static func bestBanner(_ observations: [ServiceObservation]) -> ServiceObservation? {
        let withBanner = observations.filter { $0.banner != nil }
        return withBanner.first { $0.plugin?.id != "22964" } ?? withBanner.first
    }
}
