/// Gathers one asset's findings and observations by (address, port) while the builder walks
/// the scan.
struct PortCollector {
    /// A port of one address: 9100/udp and 9100/tcp, or 22/tcp on two addresses, are different.
    struct Key: Hashable, Comparable {
        var address: IPAddress?
        var port: Port

        static func < (lhs: Key, rhs: Key) -> Bool {
            switch (lhs.address, rhs.address) {
            case (let left?, let right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.port < rhs.port
            }
        }
    }

    /// Findings and observations with their ports, in the order added, grouped by port when the
    /// ports are made: a sort of a few dozen pairs per asset, where a dictionary of lists hashed
    /// every key and made a list for each port (about 1% of a large build).
    private var findingPairs: [(key: Key, index: Int)] = []
    private var observationPairs: [(key: Key, observation: ServiceObservation)] = []
    private(set) var hostFindings: [Int] = []

    /// Adds finding `index`, on `port` (`nil` for a host-level finding) of `address`.
    mutating func add(finding index: Int, port: Port?, address: IPAddress?) {
        if let port {
            findingPairs.append((Key(address: address, port: port), index))
        } else {
            hostFindings.append(index)
        }
    }

    mutating func add(observation: ServiceObservation, address: IPAddress?) {
        observationPairs.append((Key(address: address, port: observation.port), observation))
    }

    /// The asset's ports in order, each with its findings sorted and its best banner.
    func ports(scan: ScanResult, attribute: (Key) -> (Attribution, LoadBalancerPath?)) -> [PortDetail] {
        // By port, and within a port in the order added (positions break ties).
        let findings = findingPairs.indices.sorted {
            (findingPairs[$0].key, $0) < (findingPairs[$1].key, $1)
        }
        let observations = observationPairs.indices.sorted {
            (observationPairs[$0].key, $0) < (observationPairs[$1].key, $1)
        }
        // The ports in order, each with its run of each sorted list: the two lists merged, each
        // port once. Listed first so that the details are made by `map`, in an array of the right
        // size: appending grew it by doubling, and the spare room stayed with every asset (11 MB
        // at 100k findings).
        var runs: [(key: Key, findings: Range<Int>, observations: Range<Int>)] = []
        var nextFinding = 0
        var nextObservation = 0
        while nextFinding < findings.count || nextObservation < observations.count {
            let findingKey = nextFinding < findings.count ? findingPairs[findings[nextFinding]].key : nil
            let observationKey =
                nextObservation < observations.count ? observationPairs[observations[nextObservation]].key : nil
            // The lower of the two next ports (at least one is there).
            guard let key = PortCollector.lower(findingKey, observationKey) else { break }
            let firstFinding = nextFinding
            while nextFinding < findings.count, findingPairs[findings[nextFinding]].key == key { nextFinding += 1 }
            let firstObservation = nextObservation
            while nextObservation < observations.count, observationPairs[observations[nextObservation]].key == key {
                nextObservation += 1
            }
            runs.append((key, firstFinding..<nextFinding, firstObservation..<nextObservation))
        }
        return runs.map { run in
            port(
                run.key, findings: run.findings.map { findingPairs[findings[$0]].index },
                observations: run.observations.map { observationPairs[observations[$0]].observation }, scan: scan,
                attribute)
        }
    }

    /// The lower of two ports, either of which may be missing.
    private static func lower(_ one: Key?, _ other: Key?) -> Key? {
        guard let one else { return other }
        guard let other else { return one }
        return min(one, other)
    }

    /// One port's detail from its findings (in the order added) and observations.
    private func port(
        _ key: Key, findings added: [Int], observations: [ServiceObservation], scan: ScanResult,
        _ attribute: (Key) -> (Attribution, LoadBalancerPath?)
    ) -> PortDetail {
        let findings = FindingOrder.sorted(added, in: scan)
        // The first finding naming the service, one that did not guess it if any did not
        // (indices, not copies of the findings: this runs for every port).
        var confident: Int?
        for index in findings where scan.findings[index].serviceName != nil {
            if confident == nil { confident = index }
            if !scan.findings[index].serviceGuessed {
                confident = index
                break
            }
        }
        let observed = observations.first { $0.serviceName != nil }
        let best = PortCollector.bestBanner(observations)
        let (attribution, path) = attribute(key)
        return PortDetail(
            address: key.address, port: key.port, findings: findings,
            serviceName: confident.flatMap { scan.findings[$0].serviceName } ?? observed?.serviceName,
            serviceGuessed: confident.map { scan.findings[$0].serviceGuessed } ?? false,
            banner: best?.banner, product: PortCollector.product(observations),
            attribution: attribution, loadBalancerPath: path,
            highestSeverity: findings.first.map { scan.findings[$0].severity } ?? .info,
            state: PortCollector.state(findings: findings, observations: observations))
    }

    /// A finding means the port answered (Nessus reports only open ports), so it counts as open
    /// unless a scanner said `tcpwrapped`; without findings, the most open observed state wins.
    static func state(findings: [Int], observations: [ServiceObservation]) -> String {
        if observations.contains(where: { $0.serviceName == PortDetail.tcpwrapped }) { return PortDetail.tcpwrapped }
        if !findings.isEmpty || observations.contains(where: \.isPlainlyOpen) { return "open" }
        return observations.first?.state ?? "open"
    }

    /// `nginx 1.18.0 (Ubuntu)`: product, version and extra information from the first
    /// observation that names a product (Nmap's service detection).
    static func product(_ observations: [ServiceObservation]) -> String? {
        guard let named = observations.first(where: { $0.product != nil }), let product = named.product else {
            return nil
        }
        return [product, named.version, named.extraInfo.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }

    /// The observation whose banner best names the program (lowest `bannerRank`, first seen on
    /// a tie).
    static func bestBanner(_ observations: [ServiceObservation]) -> ServiceObservation? {
        var best: Int?
        for (index, observation) in observations.enumerated() where observation.banner != nil {
            if let current = best, observations[current].bannerRank <= observation.bannerRank { continue }
            best = index
        }
        return best.map { observations[$0] }
    }
}
