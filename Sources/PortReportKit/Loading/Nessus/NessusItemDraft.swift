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
    var fields: [String: String] = [:]
    var cves: [String] = []
    var cwes: [String] = []
    var compliance = ComplianceResult()

    init(attributes: XMLAttributes) {
        port = attributes["port"]
        serviceName = attributes["svc_name"]
        transport = attributes["protocol"]
        severity = attributes["severity"]
        pluginID = attributes["pluginID"]
        pluginName = attributes["pluginName"]
        pluginFamily = attributes["pluginFamily"]
    }
}
