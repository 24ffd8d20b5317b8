/// A load balancer: virtual servers (VIP address:port) that forward to pool members.
public struct LoadBalancer: Sendable, Hashable {
    /// One VIP:port and the backends behind it.
    public struct VirtualServer: Sendable, Hashable {
        /// The address:port/transport clients (and scanners) connect to.
        public var vip: Endpoint
        /// The pool members traffic is forwarded to; their transport is the VIP's.
        public var pool: [Endpoint]
        /// 1-based line where the VIP is defined, in `path`.
        public var line: Int
        /// The imported configuration the VIP came from (HAProxy, nginx, F5); `nil` when it is
        /// written in `portreport.yml` itself.
        public var path: String?

        public init(vip: Endpoint, pool: [Endpoint], line: Int, path: String? = nil) {
            self.vip = vip
            self.pool = pool
            self.line = line
            self.path = path
        }
    }

    public var name: String
    /// Team id owning the load balancer itself, if given.
    public var owner: String?
    public var virtualServers: [VirtualServer]
    /// Configuration files to import VIPs from (HAProxy, nginx, F5); resolved paths.
    public var imports: [String]
    public var line: Int

    public init(name: String, owner: String?, virtualServers: [VirtualServer], imports: [String], line: Int) {
        self.name = name
        self.owner = owner
        self.virtualServers = virtualServers
        self.imports = imports
        self.line = line
    }
}
