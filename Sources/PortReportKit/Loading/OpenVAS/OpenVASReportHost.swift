import Foundation

/// What the report-level `<host>` section of a GMP report says about one host (it follows the
/// results): `<ip>`, `<start>`, and the `<detail>` entries named `hostname` and `best_os_txt`.
struct OpenVASReportHost {
    var ip: String?
    var start: String?
    var hostNames: [String] = []
    var operatingSystem: String?
    /// The `<detail><name>` being read, until its `<value>` arrives.
    var detailName: String?

    /// Stores a `<detail>` whose name the loader uses.
    mutating func addDetail(name: String?, value: String?) {
        guard let value = LoaderText.nonEmpty(value) else { return }
        switch name?.trimmed {
        case "hostname":
            let lowered = value.lowercased()
            if !hostNames.contains(lowered) { hostNames.append(lowered) }
        case "best_os_txt":
            operatingSystem = operatingSystem ?? value
        default:
            break
        }
    }
}
