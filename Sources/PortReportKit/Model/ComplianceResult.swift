/// The outcome of one compliance check, from Nessus's `cm:compliance-*` elements.
///
/// Audit-policy scans put one check per `ReportItem`; these fields tell the checks of one plugin
/// apart. All are `nil` when the element is absent.
public struct ComplianceResult: Sendable, Hashable, Codable {
    /// `cm:compliance-check-id`: part of the finding's fingerprint.
    public var checkID: String?
    /// `cm:compliance-check-name`.
    public var checkName: String?
    /// `cm:compliance-result`: `PASSED`, `FAILED`, `WARNING`, `ERROR`.
    public var result: String?
    /// `cm:compliance-actual-value`.
    public var actualValue: String?
    /// `cm:compliance-policy-value`.
    public var policyValue: String?
    /// `cm:compliance-info`.
    public var info: String?
    /// `cm:compliance-solution`.
    public var solution: String?
    /// `cm:compliance-audit-file`.
    public var auditFile: String?

    public init() {}

    /// Whether no field was filled.
    public var isEmpty: Bool {
        checkID == nil && checkName == nil && result == nil && actualValue == nil
            && policyValue == nil && info == nil && solution == nil && auditFile == nil
    }
}
