/// The fields of one `ReportItem` while its children are being read.
struct NessusItemDraft {
    var port: String?
    var serviceName: String?
    var transport: String?
    var severity: String?
    var pluginID: String?
    var pluginName: String?
    var pluginFamily: String?
    /// Child element text by element name; `cve`, `cwe` and `see_also` collect in the lists.
    /// Only for items whose plugin is new: `plugin_output` and `risk_factor`, read for every
    /// item, have fields of their own (a dictionary per item allocated and hashed each time).
    var fields: [String: String] = [:]
    /// `<plugin_output>`.
    var pluginOutput: String?
    /// `<risk_factor>`.
    var riskFactor: String?
    var cves: [String] = []
    var cwes: [String] = []
    var compliance = ComplianceResult()

    init(attributes: XMLAttributes) {
        // One pass over the attributes (seven lookups by name compared every name seven times),
        // names compared as bytes (a string for each name was a fifth of reading an item's tag).
        // The first attribute of a local name counts, as with a lookup by name (two can share one
        // under different namespace prefixes).
        attributes.forEachBytes { name, bytes in
            func value() -> String { String(decoding: bytes, as: UTF8.self) }
            switch name.count {
            case 4 where port == nil && name.equals("port"): port = value()
            case 8 where serviceName == nil && name.equals("svc_name"): serviceName = value()
            case 8 where transport == nil && name.equals("protocol"): transport = value()
            case 8 where severity == nil && name.equals("severity"): severity = value()
            case 8 where pluginID == nil && name.equals("pluginID"): pluginID = value()
            case 10 where pluginName == nil && name.equals("pluginName"): pluginName = value()
            case 12 where pluginFamily == nil && name.equals("pluginFamily"): pluginFamily = value()
            default: break
            }
        }
    }
}
