/// The transport protocol a port is reached over.
///
/// Nessus writes it in `ReportItem@protocol`, sometimes upper-case (`TCP` in Tenable WAS exports).
public enum Transport: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case tcp
    case udp
    case icmp
    case sctp

    /// Reads a scanner's protocol text in any case; `nil` when it names no known transport.
    public init?(text: String) {
        self.init(rawValue: text.trimmed.lowercased())
    }

    /// Orders tcp before udp before the rest, the order ports are listed in on every page.
    public static func < (lhs: Transport, rhs: Transport) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .tcp: 0
        case .udp: 1
        case .sctp: 2
        case .icmp: 3
        }
    }
}
