import Foundation
import PortReportTemplates
import Yams

/// Every service explanation, looked up by port or by the scanner's service name, plus the IANA
/// name of any registered port.
public struct ServiceCatalog: Sendable {
    public private(set) var explanations: [String: ServiceExplanation] = [:]
    private var byPort: [Port: String] = [:]
    private var byName: [String: String] = [:]
    private var iana: [Port: String] = [:]
    /// Each explanation's title by slug: a page shows a title for every port, and looking the
    /// whole explanation up copied its HTML and lists each time.
    private var titles: [String: String] = [:]
    /// The title for each claimed port and name, looked up in one step: a title was two
    /// look-ups (slug, then title) for every port row of a large site.
    private var titleByPort: [Port: String] = [:]
    private var titleByName: [String: String] = [:]
    /// Shown for a port no file covers: how to identify a service from its banner.
    public private(set) var unknown: ServiceExplanation

    /// Loads the bundled explanations, then the files in `overrides` (which replace bundled ones
    /// with the same slug, and add new ones).
    ///
    /// - Throws: `PortReportError` (step `.explaining`) naming a file whose front matter is
    ///   missing or malformed.
    public init(overrides: String? = nil) throws {
        guard let base = PortReportTemplates.directory else {
            throw PortReportError(
                step: .explaining, path: nil, message: "the bundled templates are missing from this installation")
        }
        let bundled = try ServiceCatalog.markdownFiles(in: (base as NSString).appendingPathComponent("services"))
        let user = try overrides.map(ServiceCatalog.markdownFiles(in:)) ?? [:]
        var explanations: [String: ServiceExplanation] = [:]
        // A user file replaces the bundled file of the same name...
        for (slug, path) in bundled.merging(user, uniquingKeysWith: { $1 }) {
            explanations[slug] = try ServiceCatalog.read(path, slug: slug)
        }
        guard let unknown = explanations.removeValue(forKey: "_unknown") else {
            throw PortReportError(step: .explaining, path: base, message: "services/_unknown.md is missing")
        }
        self.unknown = unknown
        self.explanations = explanations
        titles = explanations.mapValues(\.title)
        // ...and wins the ports and names it claims, whatever its name: bundled files first,
        // then the user's, each in name order, the later claim replacing the earlier.
        let userSlugs = Set(user.keys)
        let order = explanations.keys.sorted { lhs, rhs in
            let left = userSlugs.contains(lhs)
            let right = userSlugs.contains(rhs)
            return left != right ? right : lhs < rhs
        }
        for slug in order {
            guard let explanation = explanations[slug] else { continue }
            let isUser = userSlugs.contains(slug)
            for port in explanation.ports where isUser || byPort[port] == nil { byPort[port] = slug }
            for name in explanation.names where isUser || byName[name] == nil { byName[name] = slug }
        }
        titleByPort = byPort.compactMapValues { titles[$0] }
        titleByName = byName.compactMapValues { titles[$0] }
        iana = ServiceCatalog.readIANA((base as NSString).appendingPathComponent("iana-services.tsv"))
    }

    /// The explanation for a port: by its port number first (what usually listens there), then
    /// by the scanner's service name; `nil` when neither is covered.
    public func explanation(for port: Port, serviceName: String?) -> ServiceExplanation? {
        if let slug = byPort[port] { return explanations[slug] }
        if let name = serviceName?.lowercased(), let slug = byName[name] { return explanations[slug] }
        return nil
    }

    /// The title of `explanation(for:serviceName:)`, without copying the explanation out.
    public func title(for port: Port, serviceName: String?) -> String? {
        // Every claimed slug has a title (`titles` holds every explanation's), so these give
        // what looking the slug up and then its title gave.
        if let title = titleByPort[port] { return title }
        if let name = serviceName?.lowercased() { return titleByName[name] }
        return nil
    }

    /// The IANA service name registered for the port (`ms-wbt-server` for 3389/tcp), if any.
    public func ianaName(for port: Port) -> String? { iana[port] }

    private static func markdownFiles(in folder: String) throws -> [String: String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw PortReportError(step: .explaining, path: folder, message: "cannot list the explanations folder")
        }
        var result: [String: String] = [:]
        for name in names where name.hasSuffix(".md") {
            result[String(name.dropLast(3))] = (folder as NSString).appendingPathComponent(name)
        }
        return result
    }

    static func read(_ path: String, slug: String) throws -> ServiceExplanation {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw PortReportError(step: .explaining, path: path, message: "cannot read the explanation as UTF-8 text")
        }
        return try parse(text, path: path, slug: slug)
    }

    /// Splits `---` front matter from the Markdown body and renders the body.
    static func parse(_ text: String, path: String, slug: String) throws -> ServiceExplanation {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalised.hasPrefix("---\n"),
            let end = normalised.range(
                of: "\n---\n", range: normalised.index(normalised.startIndex, offsetBy: 3)..<normalised.endIndex)
        else {
            throw PortReportError(
                step: .explaining, path: path, line: 1, message: "expected front matter between '---' lines")
        }
        let front = String(normalised[normalised.index(normalised.startIndex, offsetBy: 4)..<end.lowerBound])
        let body = String(normalised[end.upperBound...])
        let meta: [String: Any]
        do {
            meta = (try Yams.load(yaml: front) as? [String: Any]) ?? [:]
        } catch {
            throw PortReportError(
                step: .explaining, path: path, line: 2, message: "front matter is not valid YAML: \(error)")
        }
        guard let title = meta["title"] as? String, !title.isEmpty else {
            throw PortReportError(step: .explaining, path: path, line: 2, message: "front matter needs a 'title'")
        }
        let portTexts = (meta["ports"] as? [Any] ?? []).map { "\($0)" }
        var ports: [Port] = []
        for text in portTexts {
            guard let port = Port(text: text) else {
                throw PortReportError(
                    step: .explaining, path: path, line: 2,
                    message: "'\(text)' in ports is not NUMBER/tcp or NUMBER/udp")
            }
            ports.append(port)
        }
        let names = (meta["names"] as? [Any] ?? []).map { "\($0)".lowercased() }
        let firstParagraph =
            body.components(separatedBy: "\n\n").first {
                !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !$0.hasPrefix("#")
            } ?? ""
        return ServiceExplanation(
            slug: slug, title: title, ports: ports, names: names,
            html: MarkdownRenderer.html(body),
            summary: firstParagraph.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func readIANA(_ path: String) -> [Port: String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var table: [Port: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let port = Port(text: "\(fields[0])/\(fields[1])") else { continue }
            if table[port] == nil { table[port] = String(fields[2]) }
        }
        return table
    }
}
