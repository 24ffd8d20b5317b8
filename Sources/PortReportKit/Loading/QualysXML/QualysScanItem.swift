/// One record of a Qualys scan report while it is read: a `VULN`, `PRACTICE`, `INFO` or
/// `SERVICE` inside `IP › VULNS|PRACTICES|INFOS|SERVICES › CAT`.
struct QualysScanItem {
    /// The element name: `VULN` (confirmed), `PRACTICE` (potential), `INFO` (information
    /// gathered) or `SERVICE` (open services list).
    var kind: String
    /// `@number`: the QID.
    var qid: String?
    /// `@severity`, 1…5.
    var severity: String?
    /// The enclosing `CAT@port` and `CAT@protocol`.
    var port: String?
    var transport: String?
    /// `RESULT`: what the scanner saw on this host.
    var result: String?
    /// The QID's text; filled only the first time the QID is seen.
    var text = QualysPluginText()

    /// The severity: `VULN` and `PRACTICE` map their 1…5 level (5 critical … 1 info);
    /// `INFO` and `SERVICE` are information gathered, whose level rates how sensitive the
    /// information is, not a weakness, so they are info. `nil` when a `VULN`/`PRACTICE` level
    /// is unreadable.
    var mappedSeverity: Severity? {
        kind == "INFO" || kind == "SERVICE" ? .info : Severity(qualysLevel: severity)
    }
}
