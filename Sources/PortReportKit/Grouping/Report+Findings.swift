extension Report {
    /// Findings shown in a section: its ports' findings, plus the host-level findings of the
    /// assets it owns. A VIP finding shown to several teams appears in each of their sections.
    public func findings(in section: TeamSection) -> [Int] {
        // Read in place through buffers: a copy of each asset's detail (and of each team item)
        // retained and released all their fields, for every section of every summary.
        var result: [Int] = []
        assets.withUnsafeBufferPointer { assets in
            section.assets.withUnsafeBufferPointer { items in
                for item in items.indices {
                    let asset = items[item].asset
                    assets[asset].ports.withUnsafeBufferPointer { ports in
                        for port in items[item].ports { result.append(contentsOf: ports[port].findings) }
                    }
                    if items[item].ownsAsset { result.append(contentsOf: assets[asset].hostFindings) }
                }
            }
        }
        return result
    }

    /// The findings of a section that no suppression covers: what the counts count.
    public func activeFindings(in section: TeamSection) -> [Int] {
        suppressedBy.isEmpty ? findings(in: section) : findings(in: section).filter { !isSuppressed($0) }
    }

    /// The suppression covering finding `index` (an index into the configuration's
    /// suppressions), if any. Every page, export and count asks this for every finding, and most
    /// reports suppress nothing: then no hashed look-up is made.
    public func suppression(of index: Int) -> Int? {
        suppressedBy.isEmpty ? nil : suppressedBy[index]
    }

    /// Whether a suppression covers finding `index`.
    public func isSuppressed(_ index: Int) -> Bool {
        suppression(of: index) != nil
    }

    /// The other inputs (indices into the scan's inputs) that also reported finding `index`;
    /// empty for most reports, which have one input, and then not looked up.
    public func otherInputs(of index: Int) -> [Int] {
        alsoReportedIn.isEmpty ? [] : alsoReportedIn[index] ?? []
    }

    /// Every finding shown in the report, once each (duplicates removed), asset by asset.
    public var shownFindings: [Int] {
        var result: [Int] = []
        assets.withUnsafeBufferPointer { assets in
            for asset in assets.indices {
                result.append(contentsOf: assets[asset].hostFindings)
                assets[asset].ports.withUnsafeBufferPointer { ports in
                    for port in ports.indices { result.append(contentsOf: ports[port].findings) }
                }
            }
        }
        return result
    }
}
