/// What every finding of one plugin shows alike in `data/findings.json` and the CSV exports,
/// written once: the JSON members from `cves` to `epss` and `plugin_id` with `plugin_name`, and
/// the CSV fields from `scanner` to `exploit_available`. A large export repeats each plugin's
/// ratings, CVEs, name and vector for every finding, and formatting them (numbers, lists,
/// escapes, quotes) was a third of writing the exports.
///
/// Valid only for findings without a rating or CVEs of their own (`FindingsExport.record`).
final class PluginExport: Sendable {
    /// `,"cves":[…],"cvss_score":…,…,"epss":…`: each member with its leading comma, as
    /// `FindingsJSON` writes it after `attribution` (which is always there).
    let ratingsJSON: [UInt8]
    /// `,"plugin_id":"…","plugin_name":"…"`.
    let nameJSON: [UInt8]
    /// The CSV fields `scanner` to `exploit_available`, each with its leading comma.
    let csv: [UInt8]

    /// The fragments of `record`'s plugin fields.
    init(_ record: FindingsExport.Record) {
        var bytes = ByteBuffer(capacity: 512)
        FindingsJSON.appendRatings(record, to: &bytes, first: false)
        ratingsJSON = bytes.array
        bytes.removeAll()
        FindingsJSON.appendName(record, to: &bytes, first: false)
        nameJSON = bytes.array
        bytes.removeAll()
        FindingsCSV.appendPluginFields(record, to: &bytes, first: false)
        csv = bytes.array
    }
}
