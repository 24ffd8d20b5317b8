/// What every finding of one place (an asset's host-level findings, or one of its ports) shows
/// alike in `data/findings.json` and the CSV exports, written once for the place: its team, why,
/// the rule, the load-balancer path and the asset. The attribution sentence alone is about a
/// hundred bytes, escaped twice for every finding when each record wrote it.
struct PlaceExport {
    /// `,"also_shown_to":[…],"asset":"…","asset_name":"…","attribution":"…"`.
    let headJSON: [UInt8]
    /// `,"load_balancer_path":"…"`; empty without a path.
    let loadBalancerJSON: [UInt8]
    /// `,"rule":"…","rule_line":…`, each when known.
    let ruleJSON: [UInt8]
    /// `,"team":"…"`; empty for Unassigned.
    let teamJSON: [UInt8]
    /// The CSV field `team`, the first of a line (no comma).
    let teamCSV: [UInt8]
    /// The CSV fields `asset` and `asset_name`, each with its leading comma.
    let assetCSV: [UInt8]
    /// The CSV fields `attribution` and `load_balancer_path`, each with its leading comma.
    let attributionCSV: [UInt8]

    /// The fragments of `place` on the asset of `detail`, as `FindingsJSON` and `FindingsCSV`
    /// write those fields of a record.
    init(_ place: FindingsExport.Place, detail: borrowing AssetDetail) {
        var bytes = ByteBuffer(capacity: 256)
        var object = FindingsJSON.ObjectWriter(first: false)
        object.strings("also_shown_to", place.alsoShownTo, into: &bytes)
        object.string("asset", detail.asset.id, into: &bytes)
        object.string("asset_name", detail.asset.displayName, into: &bytes)
        object.string("attribution", place.attribution, into: &bytes)
        headJSON = bytes.takeArray()
        object.string("load_balancer_path", place.loadBalancerPath, into: &bytes)
        loadBalancerJSON = bytes.takeArray()
        object.string("rule", place.rule, into: &bytes)
        object.integer("rule_line", place.ruleLine, into: &bytes)
        ruleJSON = bytes.takeArray()
        object.string("team", place.team, into: &bytes)
        teamJSON = bytes.takeArray()
        var line = FindingsCSV.LineWriter()
        line.field(into: &bytes, place.team)
        teamCSV = bytes.takeArray()
        line.field(into: &bytes, detail.asset.id)
        line.field(into: &bytes, detail.asset.displayName)
        assetCSV = bytes.takeArray()
        line.field(into: &bytes, place.attribution)
        line.field(into: &bytes, place.loadBalancerPath)
        attributionCSV = bytes.array
    }
}
