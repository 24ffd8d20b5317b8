/// The SAX event handler behind `NessusLoader`: a small state machine over
/// `NessusClientData_v2 › Report › ReportHost › (HostProperties › tag | ReportItem › child)`.
///
/// A reader belongs to the one thread that parses its document, so its state is exempt from the
/// run-time exclusivity checks (`@exclusivity(unchecked)`): the parser calls it several times per
/// tag, and each access to a stored property was a call into the runtime.
final class NessusReader: XMLEventHandler {
    @exclusivity(unchecked) var result: ScanResult
    @exclusivity(unchecked) var summary: InputSummary
    @exclusivity(unchecked) private(set) var sawRoot = false

    private let input: Int
    @exclusivity(unchecked) private var depth = 0
    @exclusivity(unchecked) private var policyDepth: Int?
    @exclusivity(unchecked) private var host: ScannedHost?
    @exclusivity(unchecked) private var hostIndex: Int?
    @exclusivity(unchecked) private var item: NessusItemDraft?
    @exclusivity(unchecked) private var tagName: String?
    /// Text is kept only while capturing; the Policy section and unknown children cost nothing.
    @exclusivity(unchecked) private var text = XMLTextCapture()

    /// ReportItem children whose text the loader keeps.
    private static let itemFields: Set<String> = [
        "synopsis", "description", "solution", "see_also", "plugin_output", "risk_factor",
        "cvss_base_score", "cvss_vector", "cvss3_base_score", "cvss3_vector", "cvss4_base_score",
        "cvss4_vector", "cve", "cwe", "epss_score", "vpr_score", "exploit_available",
        "cisa-known-exploited", "plugin_type",
    ]
    /// The children that belong to the finding rather than its plugin: once the plugin's text is
    /// stored, only these are read (the rest repeat what the first item of the plugin said, and
    /// reading them was most of the work per item on a large scan).
    /// Two comparisons rather than a set: hashing every child's name was a third of the cost of
    /// a start tag.
    private static func isFindingField(_ name: String) -> Bool {
        name == "plugin_output" || name == "risk_factor"
    }

    init(input: Int, result: ScanResult, summary: InputSummary) {
        self.input = input
        self.result = result
        self.summary = summary
    }

    func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {
        depth += 1
        if depth == 1 {
            try checkRoot(name)
            return
        }
        if policyDepth != nil { return }
        // `item != nil`, not `if let item`: binding copied the whole draft at every tag.
        if item != nil {
            guard depth == itemDepth + 1 else { return }
            let wanted =
                itemPluginKnown ? NessusReader.isFindingField(name) : NessusReader.itemFields.contains(name)
            // Compliance fields start with "c" or carry the "cm" prefix: the rest skip the
            // prefix tests (two string searches for every child of every item).
            if wanted
                || ((prefix != nil || name.utf8.first == UInt8(ascii: "c"))
                    && NessusReader.complianceField(name, prefix: prefix) != nil)
            {
                // The evidence is trimmed when the finding is made: the text comes trimmed.
                text.start(at: depth, trimming: name == "plugin_output")
            }
            return
        }
        switch name {
        case "Policy":
            policyDepth = depth
        case "ReportHost":
            finishHost()
            host = ScannedHost(reportedName: attributes["name"] ?? "", input: input)
            hostIndex = nil
        case "tag" where host != nil && hostIndex == nil:
            tagName = attributes["name"]
            text.start(at: depth)
        case "ReportItem":
            // Made in place: a draft built aside and then stored was copied (and retained) twice.
            item = NessusItemDraft(attributes: attributes)
            itemPluginKnown = knowsPlugin(item?.pluginID)
            itemDepth = depth
        default:
            break
        }
    }

    @exclusivity(unchecked) private var itemDepth = 0
    /// Whether the current item's plugin text is already stored.
    @exclusivity(unchecked) private var itemPluginKnown = false

    func endElement(_ name: String, prefix: String?) throws {
        defer { depth -= 1 }
        if let start = policyDepth {
            if depth == start { policyDepth = nil }
            return
        }
        if item != nil {
            if depth == itemDepth {
                finishItem()
            } else if depth == itemDepth + 1, let value = text.finish(at: depth) {
                storeItemField(name, prefix: prefix, value: value)
            }
            return
        }
        switch name {
        case "tag":
            let value = text.finish(at: depth) ?? ""
            if let tagName { applyTag(tagName, value: value) }
            tagName = nil
        case "HostProperties":
            ensureHostRegistered()
        case "ReportHost":
            ensureHostRegistered()
            host = nil
            hostIndex = nil
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(bytes)
    }

    var wantsCharacters: Bool { text.isActive }

    // MARK: - Root

    private func checkRoot(_ name: String) throws {
        switch name {
        case "NessusClientData_v2":
            sawRoot = true
        case "NessusClientData":
            throw PortReportError.input(
                path: summary.path,
                message:
                    "legacy Nessus v1 XML (root NessusClientData) is not supported; export the scan as .nessus (v2) instead"
            )
        case "ReportItem":
            throw PortReportError.input(
                path: summary.path,
                message:
                    "a bare ReportItem fragment has no ReportHost, so its findings have no host; export the whole scan as .nessus (v2)"
            )
        default:
            throw PortReportError.input(
                path: summary.path, message: "root element is <\(name)>, expected <NessusClientData_v2>")
        }
    }

    // MARK: - Hosts

    private func applyTag(_ name: String, value raw: String) {
        let value = raw.trimmed
        guard !value.isEmpty, host != nil else { return }
        switch name {
        case "host-ip":
            if let address = IPAddress(value) { host?.address = address }
        case "host-fqdn":
            host?.fqdn = value.lowercased()
        case "netbios-name":
            host?.netbiosName = value.uppercased()
        case "mac-address":
            host?.macAddresses = value.nonEmptyLines
                .map { $0.trimmed.lowercased() }
                .filter { !$0.isEmpty }
        case "operating-system":
            host?.operatingSystem = value.nonEmptyLines.first.map(String.init)
        case "HOST_START":
            host?.scanStart = value
            host?.scanTime = ScanDate.parse(value)
        case "HOST_END":
            host?.scanEnd = value
        default:
            break
        }
    }

    /// Hosts are added once their properties are read, so findings can point at them.
    @discardableResult
    private func ensureHostRegistered() -> Int? {
        if let hostIndex { return hostIndex }
        guard let host else { return nil }
        result.hosts.append(host)
        hostIndex = result.hosts.count - 1
        return hostIndex
    }

    private func finishHost() {
        ensureHostRegistered()
        host = nil
        hostIndex = nil
    }

    // MARK: - Items

    private func knowsPlugin(_ pluginID: String?) -> Bool {
        guard let id = pluginID else { return false }
        // `index(forKey:)`, not the subscript: that would copy the stored plugin text out.
        return result.plugins.index(forKey: PluginKey(scanner: .nessus, id: id.trimmed)) != nil
    }

    static func complianceField(_ name: String, prefix: String?) -> String? {
        if prefix == "cm", name.hasPrefix("compliance-") { return name }
        if name.hasPrefix("cm:compliance-") { return String(name.dropFirst(3)) }
        return nil
    }

    private func storeItemField(_ name: String, prefix: String?, value: String) {
        if let field = NessusReader.complianceField(name, prefix: prefix) {
            item?.compliance.set(field, value: value)
            return
        }
        switch name {
        case "cve":
            item?.cves.append(value.trimmed)
        case "cwe":
            item?.cwes.append(value.trimmed)
        case "plugin_output":
            item?.pluginOutput = value
        case "risk_factor":
            item?.riskFactor = value
        default:
            item?.fields[name] = value
        }
    }

    private func finishItem() {
        // Taken, not copied: a copy retained every string of the draft.
        guard let draft = item.take() else { return }
        guard let index = ensureHostRegistered() else {
            summary.skip("ReportItem outside a ReportHost")
            return
        }
        switch NessusItemConverter.convert(draft, host: index, input: input, knownPlugin: itemPluginKnown) {
        case .failure(let reason):
            summary.skip(reason.rawValue)
        case .success(let converted):
            summary.records += 1
            summary.kept += 1
            if let plugin = converted.plugin { result.register(plugin) }
            result.findings.append(converted.finding)
            if let observation = converted.observation { result.observations.append(observation) }
        }
    }
}
