/// Which of the sections of an export pass show each port of one asset: each section's ports of
/// the asset walked in step with the asset's ports (a look-up in each section's list per port was
/// quadratic on a firewall answering on 65,535 ports).
struct PortViewers {
    /// The sections, and the ports of the asset each shows, sorted.
    private let sections: [Int]
    private let ports: [[Int]]
    /// For each section, how far its ports have been passed.
    private var cursors: [Int]

    /// `shown`: the sections of the pass that show the asset, with what they show of it.
    init(_ shown: [(section: Int, item: TeamAsset)]) {
        sections = shown.map(\.section)
        ports = shown.map { $0.item.ports.sorted() }
        cursors = [Int](repeating: 0, count: shown.count)
    }

    /// The sections that show the asset's port `portIndex`; asked for ports in ascending order.
    mutating func sections(showing portIndex: Int) -> [Int] {
        var viewers: [Int] = []
        for entry in sections.indices {
            let shownHere = ports[entry]
            while cursors[entry] < shownHere.count && shownHere[cursors[entry]] < portIndex { cursors[entry] += 1 }
            if cursors[entry] < shownHere.count && shownHere[cursors[entry]] == portIndex {
                viewers.append(sections[entry])
            }
        }
        return viewers
    }
}
