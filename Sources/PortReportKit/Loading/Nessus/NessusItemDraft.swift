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
        // One pass over the attributes (seven lookups by name compared every name seven times).
        // The first attribute of a local name counts, as with a lookup by name (two can share one
        // under different namespace prefixes).
        attributes.forEach { name, value in
            switch name {
            case "port" where port == nil: port = value
            case "svc_name" where serviceName == nil: serviceName = value
            case "protocol" where transport == nil: transport = value
            case "severity" where severity == nil: severity = value
            case "pluginID" where pluginID == nil: pluginID = value
            case "pluginName" where pluginName == nil: pluginName = value
            case "pluginFamily" where pluginFamily == nil: pluginFamily = value
            default: break
            }
        }
    }
}
