/// What every finding of one plugin shows alike in `data/findings.json` and the CSV exports,
/// written once: the JSON members from `cves` to `epss`, `exploit_available`, `known_exploited`,
/// `plugin_id` with `plugin_name`, and `scanner`, and the CSV fields from `scanner` to
/// `exploit_available`. A large export repeats each plugin's ratings, CVEs, name and vector for
/// every finding, and formatting them (numbers, lists, escapes, quotes) was a third of writing
/// the exports.
///
/// Shared only by findings without a rating or CVEs of their own; one that has them gets
/// fragments of its own (`FindingsExport.write`).
final class PluginExport: Sendable {
    /// `,"cves":[…],"cvss_score":…,…,"epss":…`: each member with its leading comma, as
    /// `FindingsJSON` writes it after `attribution` (which is always there).
    let ratingsJSON: [UInt8]
    /// `,"plugin_id":"…","plugin_name":"…"`.
    let nameJSON: [UInt8]
    /// `,"exploit_available":true` or `false`.
    let exploitJSON: [UInt8]
    /// `,"known_exploited":"…"`; empty when the plugin has no such date.
    let knownExploitedJSON: [UInt8]
    /// `,"scanner":"…"`.
    let scannerJSON: [UInt8]
    /// The CSV fields `scanner` to `exploit_available`, each with its leading comma.
    let csv: [UInt8]

    /// The fragments of `record`'s plugin fields.
    init(_ record: FindingsExport.Record) {
        var bytes = ByteBuffer(capacity: 512)
        FindingsJSON.appendRatings(record, to: &bytes, first: false)
        ratingsJSON = bytes.takeArray()
        FindingsJSON.appendName(record, to: &bytes, first: false)
        nameJSON = bytes.takeArray()
        var object = FindingsJSON.ObjectWriter(first: false)
        object.bool("exploit_available", record.exploitAvailable, into: &bytes)
        exploitJSON = bytes.takeArray()
        object.string("known_exploited", record.knownExploited, into: &bytes)
        knownExploitedJSON = bytes.takeArray()
        object.string("scanner", record.scanner, into: &bytes)
        scannerJSON = bytes.takeArray()
        FindingsCSV.appendPluginFields(record, to: &bytes, first: false)
        csv = bytes.array
    }
}
