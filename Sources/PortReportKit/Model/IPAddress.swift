#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address held as 128 bits, so addresses sort numerically and CIDR tests are
/// bit masks.
///
/// IPv4 addresses occupy the low 32 bits with `isIPv4` set; they sort before every IPv6 address.
public struct IPAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The upper 64 bits (always 0 for IPv4).
    public let high: UInt64
    /// The lower 64 bits.
    public let low: UInt64
    public let isIPv4: Bool

    public init(high: UInt64, low: UInt64, isIPv4: Bool) {
        self.high = high
        self.low = isIPv4 ? low & 0xFFFF_FFFF : low
        self.isIPv4 = isIPv4
    }

    /// Parses dotted IPv4 (`10.0.0.1`) or any IPv6 text form (`2001:db8::1`, `::ffff:10.0.0.1`).
    ///
    /// A zone suffix (`fe80::1%eth0`) and surrounding brackets are removed first. Returns `nil`
    /// for anything else, host names included.
    public init?(_ text: some StringProtocol) {
        // Host names are asked far more often than addresses: anything not starting like an
        // address is turned away before any copy (and without Foundation's `contains`).
        guard let first = text.utf8.first, first == UInt8(ascii: "[") || first == UInt8(ascii: ":") || first.isHexDigit
        else { return nil }
        var value = String(text)
        if value.hasPrefix("[") && value.hasSuffix("]") { value = String(value.dropFirst().dropLast()) }
        if let zone = value.utf8.firstIndex(of: UInt8(ascii: "%")) { value = String(value[..<zone]) }
        guard !value.isEmpty, value.utf8.count <= 64 else { return nil }
        if !value.utf8.contains(UInt8(ascii: ":")) {
            var v4 = in_addr()
            guard inet_pton(AF_INET, value, &v4) == 1 else { return nil }
            self.init(high: 0, low: UInt64(UInt32(bigEndian: v4.s_addr)), isIPv4: true)
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, value, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<8 { high = high << 8 | UInt64(bytes[index]) }
        for index in 8..<16 { low = low << 8 | UInt64(bytes[index]) }
        self.init(high: high, low: low, isIPv4: false)
    }

    /// 32 for IPv4, 128 for IPv6.
    public var bitWidth: Int { isIPv4 ? 32 : 128 }

    /// The canonical text: dotted quad, or RFC 5952 IPv6 (lowercase, longest zero run as `::`).
    public var description: String {
        if isIPv4 {
            return "\(low >> 24 & 0xFF).\(low >> 16 & 0xFF).\(low >> 8 & 0xFF).\(low & 0xFF)"
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * index))
        }
        var v6 = in6_addr()
        withUnsafeMutableBytes(of: &v6) { raw in
            for index in 0..<16 { raw[index] = bytes[index] }
        }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &v6, &buffer, socklen_t(buffer.count)) != nil else { return "::" }
        let utf8 = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// This address with every bit past `prefixLength` cleared.
    public func masked(to prefixLength: Int) -> IPAddress {
        let width = bitWidth
        let length = max(0, min(prefixLength, width))
        if isIPv4 {
            let mask: UInt64 = length == 0 ? 0 : (0xFFFF_FFFF << UInt64(32 - length)) & 0xFFFF_FFFF
            return IPAddress(high: 0, low: low & mask, isIPv4: true)
        }
        let highMask: UInt64 = length >= 64 ? .max : (length == 0 ? 0 : .max << UInt64(64 - length))
        let lowBits = length - 64
        let lowMask: UInt64 = lowBits <= 0 ? 0 : (lowBits >= 64 ? .max : .max << UInt64(64 - lowBits))
        return IPAddress(high: high & highMask, low: low & lowMask, isIPv4: false)
    }

    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        if lhs.isIPv4 != rhs.isIPv4 { return lhs.isIPv4 }
        return (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}

extension UInt8 {
    /// `0-9`, `a-f` or `A-F`.
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self)
    }
}
