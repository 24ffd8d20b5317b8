/// The result of a build, for the command's summary and exit code.
public struct BuildOutcome: Sendable {
    /// One per input, in order.
    public var inputs: [InputSummary]
    /// Findings shown (after de-duplication), by severity.
    public var findingsBySeverity: [Severity: Int]
    /// Per team (configuration order): id, name, systems, findings.
    public var teams: [(id: String, name: String, assets: Int, findings: Int)]
    public var unassignedAssets: Int
    public var unassignedFindings: Int
    /// Absolute path of the written `index.html`.
    public var indexPath: String
    public var fileCount: Int
    /// Seconds spent per stage, in pipeline order.
    public var timings: [(stage: String, seconds: Double)]

    /// Whether any input could not be read (the site was still written from the others).
    public var hasFailedInputs: Bool { inputs.contains { $0.error != nil } }
}
