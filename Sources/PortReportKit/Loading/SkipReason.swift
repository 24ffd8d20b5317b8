/// Why a loader skipped a record; the raw value is what summaries and `data/inputs.json` show.
public enum SkipReason: String, Sendable, Hashable, CaseIterable {
    case missingPluginID = "no plugin id"
    case badPort = "port is not a number from 0 to 65535"
    case badTransport = "unknown transport protocol"
    case missingSeverity = "no readable severity or risk factor"
    case missingHost = "no host address or name"
    case alreadyFixed = "reported as fixed"
    case noUsablePort = "no port with a number from 1 to 65535 and a known transport"
}
