/// Where each page of the site lives, relative to the site root. Names built from scanner text
/// (plugin ids) go through `SlugAllocator`; team ids are validated by the configuration; asset
/// ids are slugs already.
struct SiteLinks: Sendable {
    private var findingSlugs: [PluginKey: String] = [:]

    init(plugins: some Sequence<PluginKey>) {
        var allocator = SlugAllocator()
        for key in plugins.sorted() {
            findingSlugs[key] = allocator.allocate("\(key.scanner.rawValue)-\(key.id)")
        }
    }

    static let index = "index.html"
    static let unassigned = "unassigned.html"
    static let stylesheet = "style.css"
    static let script = "portreport.js"
    static let searchIndex = "search-index.js"
    static let findingsJSON = "data/findings.json"
    static let inputsJSON = "data/inputs.json"
    static let findingsCSV = "data/findings.csv"
    static let unassignedCSV = "data/unassigned.csv"

    /// `data/teams/payments.csv`: the findings one team is shown.
    static func teamCSV(_ id: String) -> String { "data/teams/\(id).csv" }

    static func team(_ id: String) -> String { "teams/\(id)/index.html" }
    /// The ways back to the site root from its pages: the root itself, one folder down
    /// (`hosts/`, `services/`, `findings/`), two (`teams/ID/`).
    static let roots = ["", "../", "../../"]

    static func host(_ asset: Asset) -> String { host(id: asset.id) }
    static func host(id: String) -> String { "hosts/\(id).html" }
    static func service(_ port: Port) -> String { "services/\(port.number)-\(port.transport.rawValue).html" }

    func finding(_ key: PluginKey) -> String {
        "findings/\(findingSlugs[key] ?? SlugAllocator.slug("\(key.scanner.rawValue)-\(key.id)")).html"
    }

    /// In-page anchors.
    static func assetAnchor(_ asset: Asset) -> String { "asset-\(asset.id)" }
    static func portAnchor(_ asset: Asset, _ detail: PortDetail) -> String {
        portAnchor(assetID: asset.id, severalAddresses: asset.addresses.count > 1, detail.address, detail.port)
    }

    /// The same from the parts it is made of, for callers that read them in place.
    static func portAnchor(assetID: String, severalAddresses: Bool, _ address: IPAddress?, _ port: Port) -> String {
        // The address is part of the anchor only where the asset has several.
        let address = severalAddresses ? address.map { "-" + SlugAllocator.slug($0.description) } ?? "" : ""
        return "port-\(assetID)\(address)-\(port.number)-\(port.transport.rawValue)"
    }
}
