/// The fields of one OpenVAS/GMP `<result>` while its children are read.
struct OpenVASResultDraft {
    /// Element text by path below `<result>`: `name`, `port`, `threat`, `severity`,
    /// `qod/value`, `description`, `creation_time`, `nvt/name`, `nvt/tags`, …
    var fields: [String: String] = [:]
    /// The first text node of `<host>` (the address; `<hostname>` and `<asset>` children follow).
    var host: String?
    /// `<host><hostname>`.
    var hostName: String?
    /// `nvt@oid`.
    var oid: String?
    /// Whether the NVT's text is already stored, so its children need not be read again.
    var pluginKnown = false
    /// `<nvt><refs><ref type id>` pairs.
    var refs: [(type: String, id: String)] = []
    /// `<nvt><severities><severity type>` entries with their `<score>` and `<value>` (vector).
    var severities: [Rating] = []

    /// One `<severities><severity>` entry.
    struct Rating {
        /// `severity@type`: `cvss_base_v2`, `cvss_base_v3`, `cvss_base_v4`.
        var type: String?
        var score: String?
        var vector: String?
    }
}
