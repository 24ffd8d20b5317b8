extension ComplianceResult {
    /// Stores the text of a Nessus `cm:compliance-*` element, by its name without the prefix.
    mutating func set(_ field: String, value: String) {
        let trimmed = value.trimmed
        guard !trimmed.isEmpty else { return }
        switch field {
        case "compliance-check-id": checkID = trimmed
        case "compliance-check-name": checkName = trimmed
        case "compliance-result": result = trimmed
        case "compliance-actual-value": actualValue = trimmed
        case "compliance-policy-value": policyValue = trimmed
        case "compliance-info": info = trimmed
        case "compliance-solution": solution = trimmed
        case "compliance-audit-file": auditFile = trimmed
        default: break
        }
    }
}
