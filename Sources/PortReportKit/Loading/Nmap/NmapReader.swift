/// The SAX event handler behind `NmapLoader`: a small state machine over
/// `nmaprun › host › (status | address | hostnames › hostname | ports › port › (state |
/// service | script) | os › osmatch | hostscript › script)`.
///
/// `<hosthint>`, `<runstats>`, `<taskbegin>` and the rest are skipped. A host is converted when
/// it closes; hosts of one file that share their `reportedName` (masscan writes one `<host>` per
/// open port) become one `ScannedHost`.
final class NmapReader: XMLEventHandler {
    var result: ScanResult
    var summary: InputSummary
    private(set) var sawRoot = false

    private let input: Int
    /// Element names from the root to the current element.
    private var stack: [String] = []
    /// `.masscan` when `nmaprun@scanner="masscan"`.
    private var scanner: Scanner = .nmap
    /// `nmaprun@start`.
    private var runStart: String?
    private var host: NmapHostDraft?
    private var port: NmapPortDraft?
    private var script: NmapScriptDraft?
    /// The depth of the open `<script>`, so its nested tables and elements are told apart.
    private var scriptDepth = 0
    private var text = XMLTextCapture()
    /// This file's hosts by `reportedName`, as indexes into `result.hosts`.
    private var hostIndex: [String: Int] = [:]

    init(input: Int, result: ScanResult, summary: InputSummary) {
        self.input = input
        self.result = result
        self.summary = summary
    }

    func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {
        stack.append(name)
        let depth = stack.count
        if depth == 1 {
            try checkRoot(name, attributes: attributes)
            return
        }
        if script != nil {
            startInScript(name, attributes: attributes, depth: depth)
            return
        }
        let parent = stack[depth - 2]
        if depth == 2 {
            if name == "host" { host = NmapHostDraft(attributes: attributes) }
            return
        }
        guard host != nil else { return }
        switch (parent, name) {
        case ("host", "status"):
            host?.status = attributes["state"]
        case ("host", "address"):
            host?.addAddress(attributes["addr"], type: attributes["addrtype"])
        case ("hostnames", "hostname"):
            if let hostName = attributes["name"] { host?.hostnames.append((hostName, attributes["type"])) }
        case ("os", "osmatch"):
            host?.addOSMatch(name: attributes["name"], accuracy: attributes["accuracy"])
        case ("ports", "port"):
            port = NmapPortDraft(attributes: attributes)
        case ("port", "state") where port != nil:
            port?.state = attributes["state"]
            port?.reason = attributes["reason"]
        case ("port", "service") where port != nil:
            port?.service = NmapPortDraft.Service(attributes: attributes)
        case ("port", "script") where port != nil, ("hostscript", "script"):
            script = NmapScriptDraft(
                id: LoaderText.nonEmpty(attributes["id"]) ?? "unnamed", output: attributes["output"])
            scriptDepth = depth
        default:
            break
        }
    }

    func endElement(_ name: String, prefix: String?) throws {
        let depth = stack.count
        defer { stack.removeLast() }
        if script != nil {
            endInScript(name, depth: depth)
            return
        }
        switch name {
        case "port" where port != nil && depth >= 3 && stack[depth - 2] == "ports":
            if let port { host?.ports.append(port) }
            port = nil
        case "host" where depth == 2:
            finishHost()
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(bytes)
    }

    var wantsCharacters: Bool { text.isActive }

    // MARK: - Root

    private func checkRoot(_ name: String, attributes: XMLAttributes) throws {
        guard name == "nmaprun" else {
            throw PortReportError.input(path: summary.path, message: "root element is <\(name)>, expected <nmaprun>")
        }
        sawRoot = true
        if attributes["scanner"]?.lowercased() == "masscan" { scanner = .masscan }
        runStart = attributes["start"]
    }

    // MARK: - Scripts

    private func startInScript(_ name: String, attributes: XMLAttributes, depth: Int) {
        switch name {
        case "table":
            script?.openTable(key: attributes["key"])
        case "elem":
            script?.elementKey = attributes["key"]
            text.start(at: depth)
        default:
            break
        }
    }

    private func endInScript(_ name: String, depth: Int) {
        if depth == scriptDepth {
            finishScript()
            return
        }
        switch name {
        case "table":
            script?.closeTable()
        case "elem":
            let key = script?.elementKey
            if let value = text.finish(at: depth) { script?.addElement(key: key, value: value) }
            script?.elementKey = nil
        default:
            break
        }
    }

    private func finishScript() {
        guard let finished = script else { return }
        script = nil
        text.cancel()
        if port != nil {
            port?.scripts.append(finished)
        } else {
            host?.scripts.append(finished)
        }
    }

    // MARK: - Hosts

    private func finishHost() {
        guard let draft = host else { return }
        host = nil
        port = nil
        let converted = NmapHostConverter.convert(draft, scanner: scanner, runStart: runStart, input: input)
        summary.records += converted.kept
        summary.kept += converted.kept
        for reason in converted.skipped { summary.skip(reason.rawValue) }
        guard let scanned = converted.host else { return }
        let index = register(scanned)
        for var observation in converted.observations {
            observation.host = index
            result.observations.append(observation)
        }
        for var finding in converted.findings {
            finding.host = index
            result.findings.append(finding)
        }
        for plugin in converted.plugins { result.register(plugin) }
    }

    /// Adds the host, or merges it into the host of this file with the same `reportedName`.
    private func register(_ scanned: ScannedHost) -> Int {
        guard let index = hostIndex[scanned.reportedName] else {
            result.hosts.append(scanned)
            hostIndex[scanned.reportedName] = result.hosts.count - 1
            return result.hosts.count - 1
        }
        var merged = result.hosts[index]
        for address in scanned.addresses where !merged.addresses.contains(address) {
            merged.additionalAddresses.append(address)
        }
        for name in scanned.names where !merged.names.contains(name) { merged.otherNames.append(name) }
        for mac in scanned.macAddresses where !merged.macAddresses.contains(mac) { merged.macAddresses.append(mac) }
        merged.operatingSystem = merged.operatingSystem ?? scanned.operatingSystem
        merged.scanTime = merged.scanTime ?? scanned.scanTime
        result.hosts[index] = merged
        return index
    }
}
