/// Which scan evidence may join hosts into one asset (`merge:` in `portreport.yml`).
public enum MergePolicy: String, Sendable, Hashable, CaseIterable {
    /// Only configured `assets:` and identical addresses join hosts.
    case none
    /// Also the same FQDN or NetBIOS name reported for several addresses.
    case names
    /// Also the same MAC address.
    case namesAndMAC = "names+mac"
}
