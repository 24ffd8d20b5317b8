/// One port of one address: `10.30.0.7:8443/tcp`, or `[2001:db8::7]:8443/tcp` for IPv6.
public struct Endpoint: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var address: IPAddress
    public var port: Port

    public init(address: IPAddress, port: Port) {
        self.address = address
        self.port = port
    }

    /// Parses `ADDRESS:PORT/TRANSPORT`; the transport defaults to `defaultTransport` when left out
    /// (`10.30.0.7:8443`). IPv6 addresses go in brackets. Returns `nil` on anything else.
    public init?(_ text: String, defaultTransport: Transport? = nil) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var transport = defaultTransport
        if let slash = rest.lastIndex(of: "/") {
            guard let parsed = Transport(text: String(rest[rest.index(after: slash)...])) else { return nil }
            transport = parsed
            rest = rest[..<slash]
        }
        guard let colon = rest.lastIndex(of: ":"), let transport else { return nil }
        let addressText = rest[..<colon]
        if addressText.contains(":"), !addressText.hasPrefix("[") { return nil }
        guard let address = IPAddress(addressText), let number = Int(rest[rest.index(after: colon)...]),
            (1...65535).contains(number)
        else { return nil }
        self.init(address: address, port: Port(number: number, transport: transport))
    }

    public var description: String {
        address.isIPv4 ? "\(address):\(port)" : "[\(address)]:\(port)"
    }

    public static func < (lhs: Endpoint, rhs: Endpoint) -> Bool {
        (lhs.address, lhs.port) < (rhs.address, rhs.port)
    }
}
