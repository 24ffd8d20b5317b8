import Foundation

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
        let lowered = trimmedSpaces(name).lowercased()
        return !placeholderNames.contains(lowered) && IPAddress(lowered) == nil
    }

    static func isMeaningful(mac: String) -> Bool {
        let lowered = trimmedSpaces(mac).lowercased()
        return !lowered.isEmpty && !placeholderMACs.contains(lowered)
    }

    /// `text` without leading and trailing spaces and tabs (Foundation's `.whitespaces`), asking
    /// Foundation only when an end is not a visible ASCII character: this runs for every name of
    /// every host, and almost none has anything to trim.
    private static func trimmedSpaces(_ text: String) -> String {
        text.hasVisibleASCIIEnds ? text : text.trimmingCharacters(in: .whitespaces)
    }
}
