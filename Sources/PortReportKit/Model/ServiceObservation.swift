/// An open port and what identifies the program behind it.
///
/// From Nessus service-detection items (plugin families "Service detection" and the
/// server-type plugins), and later from Nmap and masscan. The banner is untrusted text.
public struct ServiceObservation: Sendable, Hashable {
    /// Index of the host in the build's host list.
    public var host: Int
    public var port: Port
    /// The service name the scanner gave (Nessus `svc_name`, without `?`).
    public var serviceName: String?
    /// Product name, when the scanner separates it (Nmap `service@product`).
    public var product: String?
    /// Product version, when the scanner separates it (Nmap `service@version`).
    public var version: String?
    /// Nmap `service@extrainfo` (`protocol 2.0`, `Ubuntu Linux`).
    public var extraInfo: String?
    /// Nmap `service@tunnel`: `ssl` when the service runs inside TLS.
    public var tunnel: String?
    /// The port state: `open`, `open|filtered`, `filtered`…; `open` when the format only lists
    /// open ports (Nessus). `tcpwrapped` services and `open|filtered` ports are kept and
    /// labelled, never counted as plainly open.
    public var state: String = "open"
    /// Why the scanner decided the state (Nmap `state@reason`: `syn-ack`, `no-response`).
    public var reason: String?
    /// What the service sent back, or the detecting plugin's output.
    public var banner: String?
    /// The plugin that made the observation, if any.
    public var plugin: PluginKey?
    /// How well `banner` names the program, lower is better: 0 a server's own banner (Nmap
    /// service version, Nessus server-type plugins), 1 generic service detection, 2 other
    /// detection output. The port row shows the best one.
    public var bannerRank: Int = 2
    /// Index of the input it came from.
    public var input: Int

    /// Whether the port is plainly open: state `open` and a service other than `tcpwrapped`.
    public var isPlainlyOpen: Bool { state == "open" && serviceName != "tcpwrapped" }

    public init(host: Int, port: Port, input: Int) {
        self.host = host
        self.port = port
        self.input = input
    }
}
