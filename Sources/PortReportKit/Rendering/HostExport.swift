/// What every finding of one scanned host shows alike in the exports: its address and first
/// name, written once for the host (an asset's findings come from one or a few hosts, in runs),
/// and its identity for the fingerprints.
struct HostExport {
    /// Index into the scan's hosts; -1 before the first.
    var host = -1
    /// `"address":"…"`, the first member of a record; empty when the host has no address.
    private(set) var addressJSON: [UInt8] = []
    /// `,"host_name":"…"`; empty without a name.
    private(set) var hostNameJSON: [UInt8] = []
    /// The CSV fields `address` and `host_name`, each with its leading comma.
    private(set) var csv: [UInt8] = []
    /// The host's address and first name, for a record (`FindingsExport.record`).
    private(set) var address: String?
    private(set) var name: String?
    /// `ScannedHost.identity`, part of each fingerprint.
    private(set) var identity = ""

    /// Moves to `host` of `scan` unless it is the one already held.
    mutating func select(_ host: Int, in scan: ScanResult) {
        guard host != self.host else { return }
        self.host = host
        address = scan.hosts[host].address?.description
        name = scan.hosts[host].names.first
        identity = scan.hosts[host].identity
        var bytes = ByteBuffer(capacity: 128)
        var object = FindingsJSON.ObjectWriter()
        object.string("address", address, into: &bytes)
        addressJSON = bytes.takeArray()
        object = FindingsJSON.ObjectWriter(first: false)
        object.string("host_name", name, into: &bytes)
        hostNameJSON = bytes.takeArray()
        var line = FindingsCSV.LineWriter(first: false)
        line.field(into: &bytes, address)
        line.field(into: &bytes, name)
        csv = bytes.array
    }
}
