/// Gives each distinct host of one input one `ScannedHost`, for formats that repeat the host on
/// every record (CSV rows, Nuclei and masscan objects).
///
/// A host is known by its address, else by its first name. A later record of a known host fills in
/// what earlier ones left out (names, MACs, operating system) and keeps the latest scan time.
struct HostRegistry {
    private var indexOfKey: [String: Int] = [:]

    /// The index in `result.hosts` of the host `host` describes, adding it when it is new.
    mutating func index(of host: ScannedHost, in result: inout ScanResult) -> Int {
        let key = HostRegistry.key(host)
        guard let index = indexOfKey[key] else {
            result.hosts.append(host)
            indexOfKey[key] = result.hosts.count - 1
            return result.hosts.count - 1
        }
        HostRegistry.merge(host, into: &result.hosts[index])
        return index
    }

    private static func key(_ host: ScannedHost) -> String {
        if let address = host.address { return "ip:\(address)" }
        return "name:\(host.names.first ?? host.reportedName.lowercased())"
    }

    private static func merge(_ new: ScannedHost, into old: inout ScannedHost) {
        for address in new.addresses where !old.addresses.contains(address) {
            old.additionalAddresses.append(address)
        }
        if old.fqdn == nil { old.fqdn = new.fqdn }
        if old.netbiosName == nil { old.netbiosName = new.netbiosName }
        if old.operatingSystem == nil { old.operatingSystem = new.operatingSystem }
        for mac in new.macAddresses where !old.macAddresses.contains(mac) { old.macAddresses.append(mac) }
        for name in new.names where !old.names.contains(name) { old.otherNames.append(name) }
        if let time = new.scanTime, old.scanTime.map({ $0 < time }) ?? true { old.scanTime = time }
    }
}
