/// What `portreport owner` asks about: an address, optionally one port of it.
public struct OwnerQuery: Sendable, Hashable, CustomStringConvertible {
    public var address: IPAddress
    public var port: Port?

    /// Parses `10.30.0.7`, `10.30.0.7:8443`, `10.30.0.7:8443/tcp`, `2001:db8::7`,
    /// `[2001:db8::7]:443/udp`; the transport defaults to tcp. `nil` for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let address = IPAddress(trimmed) {
            self.address = address
            self.port = nil
            return
        }
        guard let endpoint = Endpoint(trimmed, defaultTransport: .tcp) else { return nil }
        self.address = endpoint.address
        self.port = endpoint.port
    }

    public var description: String {
        guard let port else { return address.description }
        return Endpoint(address: address, port: port).description
    }
}
