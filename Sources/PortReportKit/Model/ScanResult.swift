/// Everything the loaders read from all inputs, before assets are identified.
///
/// Findings and observations refer to `hosts` by index; plugins are stored once each.
public struct ScanResult: Sendable {
    public var hosts: [ScannedHost] = []
    public var findings: [Finding] = []
    public var observations: [ServiceObservation] = []
    public var plugins: [PluginKey: PluginInfo] = [:]
    /// One summary per input, in input order.
    public var inputs: [InputSummary] = []

    public init() {}

    /// Registers a plugin's text unless an earlier record already did.
    public mutating func register(_ plugin: PluginInfo) {
        if plugins[plugin.key] == nil { plugins[plugin.key] = plugin }
    }
}
