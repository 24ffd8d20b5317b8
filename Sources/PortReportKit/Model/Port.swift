/// A network port: a number from 1 to 65535 and the transport it is reached over.
///
/// A finding on port 0 (Nessus `port="0"`, `svc_name="general"`) concerns the host as a whole and
/// has no `Port`: its `Finding.port` is `nil`.
public struct Port: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The port number, 1…65535.
    public var number: Int
    /// tcp, udp, …
    public var transport: Transport

    public init(number: Int, transport: Transport) {
        self.number = number
        self.transport = transport
    }

    /// `443/tcp`: the form scanners and this report write a port in.
    public var description: String { "\(number)/\(transport.rawValue)" }

    /// Reads `443/tcp` or `443/TCP`; `nil` for anything else or a number outside 1…65535.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0]), (1...65535).contains(number),
            let transport = Transport(text: String(parts[1]))
        else { return nil }
        self.init(number: number, transport: transport)
    }

    public static func < (lhs: Port, rhs: Port) -> Bool {
        (lhs.number, lhs.transport) < (rhs.number, rhs.transport)
    }
}
