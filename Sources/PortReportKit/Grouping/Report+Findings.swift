extension Report {
    /// Findings shown in a section: its ports' findings, plus the host-level findings of the
    /// assets it owns. A VIP finding shown to several teams appears in each of their sections.
    public func findings(in section: TeamSection) -> [Int] {
        section.assets.flatMap { item -> [Int] in
            let detail = assets[item.asset]
            let portFindings = item.ports.flatMap { detail.ports[$0].findings }
            return item.ownsAsset ? portFindings + detail.hostFindings : portFindings
        }
    }

    /// The findings of a section that no suppression covers: what the counts count.
    public func activeFindings(in section: TeamSection) -> [Int] {
        suppressedBy.isEmpty ? findings(in: section) : findings(in: section).filter { suppressedBy[$0] == nil }
    }

    /// Every finding shown in the report, once each (duplicates removed), asset by asset.
    public var shownFindings: [Int] {
        assets.flatMap { $0.hostFindings + $0.ports.flatMap(\.findings) }
    }
}
