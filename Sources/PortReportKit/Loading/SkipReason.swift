/// Why a loader skipped a record; the raw value is what summaries and `data/inputs.json` show.
public enum SkipReason: String, Sendable, Hashable, CaseIterable {
    case missingPluginID = "no plugin id"
    case badPort = "port is not a number from 0 to 65535"
    case badTransport = "unknown transport protocol"
    case missingSeverity = "no readable severity or risk factor"
    /// The record names no host: an Nmap `<host>` without an IP `<address>` or `<hostname>`, an
    /// OpenVAS `<result>` with an empty `<host>`, a Qualys `IP`/`HOST` without an address.
    case missingHost = "no host address or name"
    /// An open Nmap `<port>` inside a `<host>` whose `<status state="down">`.
    case hostDown = "host reported down"
    /// An OpenVAS `<result>` nested in another result (GMP's `<detection><result>` names the
    /// check that detected the product): a reference, not a finding of its own.
    case nestedResult = "result nested in another result (a reference, not a finding)"
    /// An OpenVAS `<result>` whose `<threat>` is `False Positive` (or `<severity>` is -1), as an
    /// override set it.
    case falsePositive = "marked as a false positive"
    /// A Qualys `VULN_INFO` whose QID has no `VULN_DETAILS` entry in the report's glossary, so
    /// it has neither a title nor a severity.
    case missingGlossaryEntry = "QID not described in the report's glossary"
    /// A Qualys CSV row whose status says the vulnerability was fixed.
    case alreadyFixed = "reported as fixed"
    /// A masscan or Nuclei record with no port number in 1…65535 and known transport.
    case noUsablePort = "no port with a number from 1 to 65535 and a known transport"
}
