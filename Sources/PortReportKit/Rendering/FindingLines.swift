/// One finding's line of `data/findings.json` and row of the CSV exports, written from the
/// finding itself and the fragments it shares with other findings (its plugin's, its place's,
/// its host's and its input's), without making its `FindingsExport.Record`.
///
/// The bytes are those `FindingsJSON` and `FindingsCSV` write for the record (`ExportPassTests`
/// compare whole files, on the Sample and on hostile text). Making a record per finding
/// (thirty-odd fields, their strings retained and released) and escaping the text every finding
/// of a port repeats were most of writing the exports.
struct FindingLines {
    /// `,"input":"…"` for each input, by index.
    private let inputsJSON: [[UInt8]]
    /// The CSV field `input`, with its leading comma, for each input, by index.
    private let inputsCSV: [[UInt8]]

    init(inputs: [InputSummary]) {
        var bytes = ByteBuffer(capacity: 256)
        var json: [[UInt8]] = []
        var csv: [[UInt8]] = []
        for input in inputs {
            var object = FindingsJSON.ObjectWriter(first: false)
            object.string("input", input.path, into: &bytes)
            json.append(bytes.takeArray())
            var line = FindingsCSV.LineWriter(first: false)
            line.field(into: &bytes, input.path)
            csv.append(bytes.takeArray())
        }
        inputsJSON = json
        inputsCSV = csv
    }

    /// What a finding has that the fragments do not hold: made by the caller, which knows the
    /// report.
    struct Own {
        /// `Finding.fingerprint(hostIdentity:)`.
        var fingerprint: String
        /// The paths of the other inputs that reported it (`Report.otherInputs(of:)`).
        var alsoReportedIn: [String]
        /// The reason of the suppression that covers it, if one does.
        var suppressed: String?
    }

    /// The JSON object of `finding`, keys sorted, as `FindingsJSON.append` writes its record.
    func json(
        _ finding: borrowing Finding, _ own: borrowing Own, place: borrowing PlaceExport, host: borrowing HostExport,
        plugin: PluginExport, into bytes: inout ByteBuffer
    ) {
        bytes.append(UInt8(ascii: "{"))
        bytes.append(host.addressJSON)
        var object = FindingsJSON.ObjectWriter(first: host.addressJSON.isEmpty)
        object.strings("also_reported_in", own.alsoReportedIn, into: &bytes)
        bytes.append(place.headJSON)
        let compliance = finding.compliance
        object.string("compliance_check", compliance?.checkName, into: &bytes)
        object.string("compliance_result", compliance?.result, into: &bytes)
        bytes.append(plugin.ratingsJSON)
        object.string("evidence", finding.evidence, into: &bytes)
        bytes.append(plugin.exploitJSON)
        object.string("fingerprint", own.fingerprint, into: &bytes)
        bytes.append(host.hostNameJSON)
        bytes.append(inputsJSON[finding.input])
        bytes.append(plugin.knownExploitedJSON)
        bytes.append(place.loadBalancerJSON)
        bytes.append(plugin.nameJSON)
        object.integer("port", finding.port?.number, into: &bytes)
        bytes.append(place.ruleJSON)
        bytes.append(plugin.scannerJSON)
        object.string("service", finding.serviceName, into: &bytes)
        object.bool("service_guessed", finding.serviceGuessed, into: &bytes)
        object.string("severity", finding.severity.name, into: &bytes)
        object.string("suppressed", own.suppressed, into: &bytes)
        bytes.append(place.teamJSON)
        object.string("transport", finding.port?.transport.rawValue, into: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// The CSV line of `finding` with its CRLF, as `FindingsCSV.append` writes its record.
    func csv(
        _ finding: borrowing Finding, _ own: borrowing Own, place: borrowing PlaceExport, host: borrowing HostExport,
        plugin: PluginExport, into bytes: inout ByteBuffer
    ) {
        bytes.append(place.teamCSV)
        var line = FindingsCSV.LineWriter(first: false)
        line.field(into: &bytes, finding.severity.name)
        bytes.append(place.assetCSV)
        bytes.append(host.csv)
        line.field(into: &bytes, finding.port.map { String($0.number) })
        line.field(into: &bytes, finding.port?.transport.rawValue)
        line.field(into: &bytes, finding.serviceName)
        bytes.append(plugin.csv)
        line.field(into: &bytes, finding.evidence)
        bytes.append(place.attributionCSV)
        line.field(into: &bytes, own.suppressed)
        bytes.append(inputsCSV[finding.input])
        line.field(into: &bytes, own.fingerprint)
        bytes.append(0x0D)
        bytes.append(0x0A)
    }
}
