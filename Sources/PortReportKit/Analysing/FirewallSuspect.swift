/// An address that answers on so many ports that a firewall or SYN proxy is the likely answerer.
public struct FirewallSuspect: Sendable, Hashable {
    /// Index into `Report.assets`.
    public var asset: Int
    public var address: IPAddress?
    /// Ports that completed a connection: plainly open plus `tcpwrapped`.
    public var answering: Int
    /// Of those, ports Nmap labelled `tcpwrapped` (connection accepted, then closed at once).
    public var tcpwrapped: Int
    /// Ports reported `open|filtered` (no answer at all, typical of UDP): not counted above.
    public var openFiltered: Int
    /// Ports folded into a summary because nothing identifies a service behind them.
    public var collapsed: [Port]
    /// The threshold it exceeded (`firewall_suspect_ports`).
    public var threshold: Int
}
