/// Address and port text as load-balancer configurations write it: `10.0.0.1:443`,
/// `[2001:db8::1]:443`, `10.0.0.1`, `8000-8002`.
enum LoadBalancerAddressText {
    /// The widest port range (`8000-8063`) read as one VIP per port; a wider one is reported.
    static let maximumPortRange = 64

    /// What a port text stands for.
    enum Ports: Equatable {
        /// One port, or every port of a range, in order.
        case ports([Int])
        /// A range wider than `maximumPortRange` (its width).
        case tooWide(Int)
        /// Not a number or range within 1…65535.
        case invalid
    }

    /// Splits `HOST:PORT`, `[IPv6]:PORT`, `[IPv6]` or `HOST`; the port is `nil` when absent or empty.
    ///
    /// - Parameter lastColonSeparatesPort: how unbracketed text with several colons reads. HAProxy
    ///   (`true`) takes the last colon as the port's (`:::443` is `::` port 443); when only the
    ///   whole text is an address (`2001:db8::1`, which HAProxy itself refuses) it is read as an
    ///   address without a port. nginx and the rest (`false`) read such text as an address
    ///   without a port.
    static func split(_ text: Substring, lastColonSeparatesPort: Bool) -> (host: Substring, port: Substring?) {
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            return (host, rest.hasPrefix(":") ? nonEmpty(rest.dropFirst()) : nil)
        }
        guard let colon = text.lastIndex(of: ":") else { return (text, nil) }
        let host = text[..<colon]
        if host.contains(":") {
            guard lastColonSeparatesPort, IPAddress(host) != nil || IPAddress(text) == nil else { return (text, nil) }
        }
        return (host, nonEmpty(text[text.index(after: colon)...]))
    }

    /// The address in `host`, brackets and a zone or F5 route-domain suffix (`%2`) removed
    /// (`IPAddress` drops everything from `%`); `nil` for a host name.
    static func address(_ host: Substring) -> IPAddress? {
        IPAddress(host)
    }

    /// Whether `host` means "every address": empty, `*`, `0.0.0.0` or `::`.
    static func isWildcard(_ host: Substring) -> Bool {
        if host.isEmpty || host == "*" { return true }
        guard let address = IPAddress(host) else { return false }
        return address.high == 0 && address.low == 0
    }

    /// Reads `443` or the range `8000-8002`.
    static func ports(_ text: Substring) -> Ports {
        let bounds = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let low = bounds.first.flatMap({ Int($0) }), let high = bounds.count == 2 ? Int(bounds[1]) : low,
            (1...65535).contains(low), (low...65535).contains(high)
        else { return .invalid }
        let width = high - low + 1
        return width > maximumPortRange ? .tooWide(width) : .ports(Array(low...high))
    }

    private static func nonEmpty(_ text: Substring) -> Substring? {
        text.isEmpty ? nil : text
    }
}
