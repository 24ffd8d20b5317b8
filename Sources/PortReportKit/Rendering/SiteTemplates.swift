import Foundation
import Mustache
import PortReportTemplates

/// The bundled page templates (`Templates/site`), parsed, with the stylesheet and the script.
///
/// They depend on no scan, so the pipeline loads them beside the scans rather than between
/// grouping and rendering, where every other core waited.
public struct SiteTemplates: Sendable {
    let library: MustacheLibrary
    let stylesheet: String
    let script: String

    /// The partials and pages every site is rendered with.
    static let names = [
        "head", "site-nav", "foot", "pager", "severity-counts", "finding-list", "finding-item", "asset-block",
        "affected-row", "service-row", "index", "team", "host", "service", "finding", "unassigned",
    ]

    /// Reads and parses the bundled templates.
    /// - Throws: `PortReportError` (step `.rendering`) naming a template that is missing or does
    ///   not parse, or the stylesheet or script when missing.
    public static func load() throws -> SiteTemplates {
        guard let base = PortReportTemplates.directory else {
            throw PortReportError(
                step: .rendering, path: nil, message: "the bundled templates are missing from this installation")
        }
        let folder = (base as NSString).appendingPathComponent("site")
        var library = MustacheLibrary()
        for name in names {
            let path = (folder as NSString).appendingPathComponent("\(name).mustache")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw PortReportError(step: .rendering, path: path, message: "template is missing")
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: name)
            } catch {
                throw PortReportError(step: .rendering, path: path, message: "template does not parse: \(error)")
            }
        }
        guard let css = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("style.css"))
        else {
            throw PortReportError(step: .rendering, path: folder, message: "style.css is missing")
        }
        guard
            let js = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("portreport.js"))
        else {
            throw PortReportError(step: .rendering, path: folder, message: "portreport.js is missing")
        }
        return SiteTemplates(
            library: library, stylesheet: String(decoding: css, as: UTF8.self),
            script: String(decoding: js, as: UTF8.self))
    }
}
