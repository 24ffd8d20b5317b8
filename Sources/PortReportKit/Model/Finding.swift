/// One thing a scanner reported about one host, or one port of a host.
///
/// The text shared by all findings of a plugin lives in `PluginInfo`, looked up by `plugin`.
public struct Finding: Sendable, Hashable {
    /// Which plugin raised it: Nessus `ReportItem@pluginID`.
    public var plugin: PluginKey
    /// Nessus `ReportItem@severity`, else its `risk_factor`.
    public var severity: Severity
    /// Index of the host in the build's host list.
    public var host: Int
    /// The port; `nil` for a host-level finding (Nessus port 0, `svc_name="general"`, or icmp).
    public var port: Port?
    /// The scanner's service name for the port (Nessus `svc_name`, without a trailing `?`).
    public var serviceName: String?
    /// Whether the scanner only guessed the service (Nessus writes `svc_name="www?"`).
    public var serviceGuessed: Bool = false
    /// What the scanner saw: Nessus `<plugin_output>`. Untrusted text; `nil` when absent.
    public var evidence: String?
    /// The compliance check this finding reports, for audit scans.
    public var compliance: ComplianceResult? {
        get { extras?.value.compliance }
        set { update { $0.compliance = newValue } }
    }
    /// OpenVAS quality of detection, 0–100 (`<qod><value>`); `nil` elsewhere.
    public var qualityOfDetection: Int? {
        get { extras?.value.qualityOfDetection }
        set { update { $0.qualityOfDetection = newValue } }
    }
    /// The matcher or check that fired, when the scanner names it (Nuclei `matcher-name`).
    public var matcher: String? {
        get { extras?.value.matcher }
        set { update { $0.matcher = newValue } }
    }
    /// CVE ids this finding alone carries, beyond its plugin's: Nmap's `vulners` and `vulns`
    /// scripts name different CVEs on each host. Empty for formats whose plugins carry them.
    public var cves: [String] {
        get { extras?.value.cves ?? [] }
        set { update { $0.cves = newValue } }
    }
    /// A rating this finding alone carries (Nmap script output); `nil` means the plugin's.
    public var cvss: CVSS? {
        get { extras?.value.cvss }
        set { update { $0.cvss = newValue } }
    }
    /// The fields above, which few findings have, kept out of line: they would otherwise be
    /// about 180 of a finding's bytes, a sixth of a gigabyte at a million findings. `nil` when all
    /// are empty, so that equal findings compare equal however they were built.
    private var extras: FindingExtras.Box?

    private mutating func update(_ change: (inout FindingExtras) -> Void) {
        var value = extras?.value ?? FindingExtras()
        change(&value)
        extras = value == FindingExtras() ? nil : FindingExtras.Box(value)
    }
    /// Index of the input this finding came from.
    public var input: Int

    public init(plugin: PluginKey, severity: Severity, host: Int, port: Port?, input: Int) {
        self.plugin = plugin
        self.severity = severity
        self.host = host
        self.port = port
        self.input = input
    }

    /// The check a finding reports, part of its identity: the compliance check id or name, or
    /// the matcher's name (Nuclei); `nil` for most findings.
    var checkIdentity: String? {
        guard let extras = extras?.value else { return nil }
        return extras.compliance?.checkID ?? extras.compliance?.checkName ?? extras.matcher
    }

    /// A stable identity: scanner + plugin id + host identity + port (+ compliance check id, or
    /// the matcher's name).
    ///
    /// Never includes volatile text such as plugin output, so the same finding in two scans has
    /// the same fingerprint. The matcher is part of it because one Nuclei template reports
    /// distinct problems through its matchers (`http-missing-security-headers` has one per
    /// header), which must not collapse into one finding.
    public func fingerprint(hostIdentity: String) -> String {
        // Its bytes written once into a string of the right size: joining an array allocated
        // twice per finding, and appending piece by piece was most of making an export record.
        // The pieces spell the key's and the port's descriptions (`nessus:19506`, `443/tcp`).
        let check = checkIdentity
        let scanner = plugin.scanner.rawValue
        let number = port.map { String($0.number) } ?? "host"
        let transport = port?.transport.rawValue
        let length =
            scanner.utf8.count + 1 + plugin.id.utf8.count + 1 + hostIdentity.utf8.count + 1 + number.utf8.count
            + (transport.map { 1 + $0.utf8.count } ?? 0) + (check.map { 1 + $0.utf8.count } ?? 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var writer = PieceWriter(buffer: buffer)
            writer.put(scanner)
            writer.put(":")
            writer.put(plugin.id)
            writer.put("|")
            writer.put(hostIdentity)
            writer.put("|")
            writer.put(number)
            if let transport {
                writer.put("/")
                writer.put(transport)
            }
            if let check {
                writer.put("|")
                writer.put(check)
            }
            return writer.offset
        }
    }

    /// Copies strings one after another into a buffer (a struct: a captured counter was checked
    /// for exclusive access at every piece).
    private struct PieceWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var offset = 0

        mutating func put(_ piece: String) {
            if piece.utf8.withContiguousStorageIfAvailable({ copy($0) }) == nil {
                var piece = piece
                piece.withUTF8 { copy($0) }
            }
        }

        private mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = min(bytes.count, buffer.count - offset)
            guard count > 0, let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
            (target + offset).update(from: source, count: count)
            offset += count
        }
    }
}
