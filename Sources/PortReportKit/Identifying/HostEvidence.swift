/// The names and MAC addresses that may join hosts, with the placeholders that never may.
enum HostEvidence {
    /// Names scanners write when they know none: they would join unrelated hosts.
    static let placeholderNames: Set<String> = [
        "", "unknown", "no registered hostname", "localhost", "localhost.localdomain", "(none)", "none", "n/a",
        "workgroup",
    ]
    /// MACs that are not a device's own (broadcast, all zero).
    static let placeholderMACs: Set<String> = ["00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"]

    /// Whether `name` can identify one system: not a placeholder and not an address written as
    /// a name.
    static func isMeaningful(name: String) -> Bool {
        let lowered = name.trimmed.lowercased()
        return !placeholderNames.contains(lowered) && IPAddress(lowered) == nil
    }

    static func isMeaningful(mac: String) -> Bool {
        let lowered = mac.trimmed.lowercased()
        return !lowered.isEmpty && !placeholderMACs.contains(lowered)
    }
}
