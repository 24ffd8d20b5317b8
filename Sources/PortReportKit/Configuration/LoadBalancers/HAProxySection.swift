/// One proxy section of an HAProxy configuration (`defaults`, `frontend`, `backend`, `listen`),
/// reduced to the directives that lead from a VIP to servers.
struct HAProxySection {
    enum Kind: String {
        case defaults
        case frontend
        case backend
        case listen
    }

    /// A `default_backend` or `use_backend` and the backend it names.
    struct Reference {
        /// `default_backend` or `use_backend`.
        var directive: String
        var name: String
        var line: Int
    }

    /// One address:port of a `bind` line.
    struct Bind {
        var vip: Endpoint
        var line: Int
    }

    /// A `server NAME ADDRESS[:PORT]` line.
    struct Server {
        /// Which port traffic reaches the server on.
        enum PortRule {
            /// `10.0.0.1:8443`.
            case fixed(Int)
            /// `10.0.0.1`: the port the client connected to, the bind's.
            case sameAsBind
            /// `10.0.0.1:+1000`: the bind's port plus (or minus) an offset.
            case offset(Int)
        }

        var address: IPAddress
        var port: PortRule
        var line: Int

        /// The server as reached through `vip`, over the VIP's transport; `nil` when an offset
        /// leads outside 1…65535.
        func endpoint(behind vip: Endpoint) -> Endpoint? {
            let number: Int
            switch port {
            case .fixed(let fixed): number = fixed
            case .sameAsBind: number = vip.port.number
            case .offset(let offset): number = vip.port.number + offset
            }
            guard (1...65535).contains(number) else { return nil }
            return Endpoint(address: address, port: Port(number: number, transport: vip.port.transport))
        }
    }

    var kind: Kind
    /// The section's name; empty for an unnamed `defaults`.
    var name: String
    var line: Int
    /// `from NAME`: the named `defaults` section this one inherits from.
    var defaultsName: String?
    var binds: [Bind] = []
    var servers: [Server] = []
    /// How many `server` and `server-template` lines the section has, usable or not.
    var serverLines = 0
    /// The `use_backend` lines, in file order.
    var useBackends: [Reference] = []
    var defaultBackend: Reference?

    /// `frontend 'web'`, `defaults` — how messages name the section.
    var label: String {
        name.isEmpty ? kind.rawValue : "\(kind.rawValue) '\(name)'"
    }

    /// Whether HAProxy accepts `directive` in this kind of section and this importer acts on it.
    func accepts(_ directive: String) -> Bool {
        switch directive {
        case "bind", "use_backend": kind == .frontend || kind == .listen
        case "server", "server-template": kind == .backend || kind == .listen
        case "default_backend": kind != .backend
        default: false
        }
    }
}
