/// One `VULN_INFO` of a Qualys asset data report while it is read.
struct QualysAssetRecord {
    /// `QID` text, else its `id` attribute (`qid_38170`).
    var qid: String?
    /// `TYPE`: `Vuln` (confirmed), `Practice` (potential) or `Ig` (information gathered).
    var type: String?
    var port: String?
    /// `PROTOCOL`; tcp when a `PORT` comes without it.
    var transport: String?
    /// `SERVICE`: Qualys' name for the service on the port.
    var service: String?
    /// `FQDN`: the virtual host name the record was found under.
    var fqdn: String?
    /// `RESULT`: what the scanner saw.
    var result: String?

    /// Stores a child's text by element name.
    mutating func set(_ name: String, value: String) {
        switch name {
        case "QID": qid = QualysText.qid(value) ?? qid
        case "TYPE": type = LoaderText.nonEmpty(value)
        case "PORT": port = value
        case "PROTOCOL": transport = value
        case "SERVICE": service = LoaderText.nonEmpty(value)?.lowercased()
        case "FQDN": fqdn = QualysText.hostName(value)
        case "RESULT": result = value
        default: break
        }
    }

    /// Information gathered (`TYPE` `Ig`) rates how sensitive the information is, not a
    /// weakness: always info, whatever the glossary's level.
    var isInformation: Bool { type?.lowercased() == "ig" }
}
