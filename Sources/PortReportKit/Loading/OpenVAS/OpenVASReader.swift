/// The SAX event handler behind `OpenVASLoader`.
///
/// Records are the `<result>` elements inside `<results>` (or directly under a
/// `get_results_response`, or a bare `<result>` document). A `<result>` nested inside another
/// one (GMP's `<detection><result>`, which names the check that found the product) is counted
/// and skipped with a reason, as it is a reference and not a finding. Only the paths below a result that the loader uses are copied;
/// `<notes>`, `<overrides>` and `<detection>` cost nothing.
final class OpenVASReader: XMLEventHandler {
    var result: ScanResult
    var summary: InputSummary
    private(set) var rootName: String?

    private let input: Int
    private var stack: [String] = []
    private var text = XMLTextCapture()

    /// The result being read, and its depth.
    private var draft: OpenVASResultDraft?
    private var resultDepth = 0
    /// The path below the result of the element whose text is being captured.
    private var capturePath: String?

    /// The report-level `<host>` being read, and its depth.
    private var reportHost: OpenVASReportHost?
    private var reportHostDepth = 0
    private var reportHosts: [String: OpenVASReportHost] = [:]
    /// Report-level dates: `<scan_start>`, `<timestamp>`, `<creation_time>` of the `<report>`.
    private var reportTimes: [String: String] = [:]

    /// This file's hosts by the text of `<host>`, as indexes into `result.hosts`.
    private var hostIndex: [String: Int] = [:]
    /// Hosts whose scan time came from a result.
    private var timedHosts: Set<Int> = []

    /// Result children whose text is kept, by path below `<result>`.
    private static let resultPaths: Set<String> = [
        "name", "port", "threat", "severity", "qod/value", "description", "creation_time", "modification_time",
    ]
    /// NVT children whose text is kept, read only the first time an NVT is seen.
    private static let nvtPaths: Set<String> = [
        "nvt/name", "nvt/family", "nvt/cvss_base", "nvt/cve", "nvt/tags", "nvt/solution", "nvt/risk_factor",
        "nvt/xref", "nvt/severities/severity/score", "nvt/severities/severity/value",
        "nvt/epss/max_severity/score", "nvt/epss/max_epss/score",
    ]
    private static let reportTimeNames: Set<String> = ["scan_start", "timestamp", "creation_time"]

    init(input: Int, result: ScanResult, summary: InputSummary) {
        self.input = input
        self.result = result
        self.summary = summary
    }

    func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {
        stack.append(name)
        let depth = stack.count
        if depth == 1 { try checkRoot(name) }
        let parent = depth > 1 ? stack[depth - 2] : nil

        if draft != nil {
            startInResult(name, attributes: attributes, depth: depth)
            return
        }
        if reportHost != nil {
            if name == "ip" || name == "start" || name == "name" || name == "value" { text.start(at: depth) }
            return
        }
        switch name {
        case "result" where depth == 1 || parent == "results" || parent == "get_results_response":
            draft = OpenVASResultDraft()
            resultDepth = depth
        case "host" where parent == "report":
            reportHost = OpenVASReportHost()
            reportHostDepth = depth
        case _ where parent == "report" && OpenVASReader.reportTimeNames.contains(name):
            text.start(at: depth)
        default:
            break
        }
    }

    func endElement(_ name: String, prefix: String?) throws {
        let depth = stack.count
        defer {
            stack.removeLast()
            // The root closing ends the document, whether it is a report or a bare result.
            if depth == 1 { finishDocument() }
        }
        if draft != nil {
            endInResult(name, depth: depth)
        } else if reportHost != nil {
            endInReportHost(name, depth: depth)
        } else if let value = text.finish(at: depth), reportTimes[name] == nil,
            let trimmed = LoaderText.nonEmpty(value)
        {
            reportTimes[name] = trimmed
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(bytes)
    }

    var wantsCharacters: Bool { text.isActive }

    // MARK: - Root

    private func checkRoot(_ name: String) throws {
        guard ["report", "get_reports_response", "get_results_response", "result"].contains(name) else {
            throw PortReportError.input(
                path: summary.path,
                message: "root element is <\(name)>, expected <report>, <get_reports_response> or <result>")
        }
        rootName = name
    }

    // MARK: - Results

    private func startInResult(_ name: String, attributes: XMLAttributes, depth: Int) {
        if name == "result" {
            // A result inside a result (GMP's <detection><result>, a note's or override's
            // <result id>) refers to another result; it is not a finding of its own.
            summary.skip(SkipReason.nestedResult.rawValue)
        }
        let path = stack[resultDepth...].joined(separator: "/")
        if capturePath == "host" {
            // Only the first text node of <host> is its address; <hostname> and <asset> follow.
            if let value = text.finish(at: depth - 1) { draft?.host = value }
            capturePath = nil
        }
        switch path {
        case "host", "host/hostname":
            startCapture(path, depth: depth)
        case "nvt":
            let oid = LoaderText.nonEmpty(attributes["oid"])
            draft?.oid = oid
            if let oid { draft?.pluginKnown = result.plugins[PluginKey(scanner: .openvas, id: oid)] != nil }
        case "nvt/refs/ref" where draft?.pluginKnown == false:
            if let type = attributes["type"], let id = LoaderText.nonEmpty(attributes["id"]) {
                draft?.refs.append((type, id))
            }
        case "nvt/severities/severity" where draft?.pluginKnown == false:
            draft?.severities.append(OpenVASResultDraft.Rating(type: attributes["type"]))
        case _ where OpenVASReader.resultPaths.contains(path):
            startCapture(path, depth: depth)
        case _ where draft?.pluginKnown == false && OpenVASReader.nvtPaths.contains(path):
            startCapture(path, depth: depth)
        default:
            break
        }
    }

    private func startCapture(_ path: String, depth: Int) {
        capturePath = path
        text.start(at: depth)
    }

    private func endInResult(_ name: String, depth: Int) {
        if depth == resultDepth {
            finishResult()
            return
        }
        guard let path = capturePath, let value = text.finish(at: depth) else { return }
        capturePath = nil
        switch path {
        case "host": draft?.host = value
        case "host/hostname": draft?.hostName = value
        case "nvt/severities/severity/score": updateLastRating { $0.score = value }
        case "nvt/severities/severity/value": updateLastRating { $0.vector = value }
        default: draft?.fields[path] = value
        }
    }

    private func updateLastRating(_ change: (inout OpenVASResultDraft.Rating) -> Void) {
        guard var rating = draft?.severities.popLast() else { return }
        change(&rating)
        draft?.severities.append(rating)
    }

    private func finishResult() {
        guard let finished = draft else { return }
        draft = nil
        capturePath = nil
        text.cancel()
        switch OpenVASResultConverter.convert(finished, input: input) {
        case .skip(let reason):
            summary.skip(reason.rawValue)
        case .converted(let converted):
            summary.records += 1
            summary.kept += 1
            var finding = converted.finding
            finding.host = hostIndex(converted)
            result.findings.append(finding)
            if let plugin = converted.plugin { result.register(plugin) }
        }
    }

    /// The index of the result's host, registering it the first time; a later result may add
    /// the host name or scan time an earlier one lacked.
    private func hostIndex(_ converted: OpenVASResultConverter.Converted) -> Int {
        let index: Int
        if let known = hostIndex[converted.host] {
            index = known
        } else {
            result.hosts.append(ScannedHost(reportedName: converted.host, input: input))
            index = result.hosts.count - 1
            hostIndex[converted.host] = index
        }
        if let name = converted.hostName { add(name: name, to: index) }
        if !timedHosts.contains(index), let time = converted.time.flatMap(ScanDate.parse) {
            result.hosts[index].scanTime = time
            timedHosts.insert(index)
        }
        return index
    }

    private func add(name: String, to index: Int) {
        if result.hosts[index].fqdn == nil {
            result.hosts[index].fqdn = name
        } else if !result.hosts[index].names.contains(name) {
            result.hosts[index].otherNames.append(name)
        }
    }

    // MARK: - Report-level hosts

    private func endInReportHost(_ name: String, depth: Int) {
        if depth == reportHostDepth {
            if let host = reportHost, let ip = LoaderText.nonEmpty(host.ip) { reportHosts[ip] = host }
            reportHost = nil
            return
        }
        let value = text.finish(at: depth)
        switch (stack[depth - 2], name) {
        case (_, "ip") where depth == reportHostDepth + 1: reportHost?.ip = value
        case (_, "start") where depth == reportHostDepth + 1: reportHost?.start = value
        case ("detail", "name"): reportHost?.detailName = value
        case ("detail", "value"):
            let detailName = reportHost?.detailName
            reportHost?.addDetail(name: detailName, value: value)
            reportHost?.detailName = nil
        default: break
        }
    }

    /// Applies the report-level host details and dates, which GMP writes after the results.
    private func finishDocument() {
        let reportTime = ["scan_start", "timestamp", "creation_time"].lazy
            .compactMap { self.reportTimes[$0].flatMap(ScanDate.parse) }.first
        for (text, index) in hostIndex {
            let details = reportHosts[text]
            for name in details?.hostNames ?? [] { add(name: name, to: index) }
            if result.hosts[index].operatingSystem == nil {
                result.hosts[index].operatingSystem = details?.operatingSystem
            }
            if !timedHosts.contains(index) {
                result.hosts[index].scanTime = details?.start.flatMap(ScanDate.parse) ?? reportTime
            }
        }
    }
}
