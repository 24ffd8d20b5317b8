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
    /// Findings covered by a suppression (not counted above).
    public var suppressed: Int = 0
    /// Suppressions past their date, as sentences.
    public var expiredSuppressions: [String] = []
    /// Addresses answering on more ports than the firewall threshold: (address, ports).
    public var firewallSuspects: [(address: String, answering: Int)] = []
    /// Problems that did not stop the build (configuration imports, …).
    public var diagnostics: [Diagnostic] = []
    /// Seconds spent per stage, in pipeline order.
    public var timings: [(stage: String, seconds: Double)]
    /// Peak resident memory in bytes at the end of each stage of `timings`.
    public var peakMemory: [Int] = []

    /// Whether any input could not be read (the site was still written from the others).
    public var hasFailedInputs: Bool { inputs.contains { $0.error != nil } }
}
