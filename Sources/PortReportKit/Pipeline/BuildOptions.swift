/// What `portreport build` was asked to do.
public struct BuildOptions: Sendable {
    /// `portreport.yml` to read; `nil` builds with no teams (everything Unassigned).
    public var configurationPath: String?
    /// Input files or folders; when empty, the configuration's `inputs`.
    public var inputs: [String] = []
    /// Output folder; `nil` means the configuration's `output`, else `public`.
    public var output: String?
    /// A folder of extra or replacement service explanations (`*.md`).
    public var explanations: String?
    /// A format name that overrides content detection for every input.
    public var format: String?

    public init() {}
}
