/// What an importer read from one load-balancer configuration file.
public struct LoadBalancerImport: Sendable, Hashable {
    /// The virtual servers found, each VIP with its pool members, in file order.
    public var virtualServers: [LoadBalancer.VirtualServer] = []
    /// Lines the importer skipped, each with its line and why.
    public var diagnostics: [Diagnostic] = []

    public init(virtualServers: [LoadBalancer.VirtualServer] = [], diagnostics: [Diagnostic] = []) {
        self.virtualServers = virtualServers
        self.diagnostics = diagnostics
    }
}

/// Reads one kind of load-balancer configuration (HAProxy, nginx, F5 BIG-IP).
public protocol LoadBalancerImporter: Sendable {
    /// `haproxy`, `nginx`, `f5`.
    static var kind: String { get }
    /// Whether `text` looks like this kind of configuration.
    static func recognises(_ text: String) -> Bool
    /// Reads the VIPs and pools; never throws: every line it cannot use becomes a diagnostic
    /// naming `path` and the line, and the rest still loads.
    static func read(_ text: String, path: String) -> LoadBalancerImport
}
