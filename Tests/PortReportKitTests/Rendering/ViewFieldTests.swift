import Testing

@testable import PortReportKit

@Suite("Template view tables")
struct ViewFieldTests {
    /// Walks a view value and every value inside it; each TemplateValue's key-path table must
    /// name exactly its stored properties, or a template would silently render nothing.
    static func check(_ value: Any, seen: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle != .optional, let template = value as? any TemplateValue {
            let name = String(describing: type(of: value))
            if seen.insert(name).inserted {
                let labels = Set(mirror.children.compactMap(\.label))
                #expect(labels == Set(type(of: template).fieldNames), "\(name): table and properties differ")
            }
        }
        for child in mirror.children { check(child.value, seen: &seen) }
    }

    @Test("every view type of every page kind lists all its properties")
    func tablesMatchProperties() throws {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        let report = try ReportPipeline.analyse(options)
        // Rows made for templates: compiled pages write finding items without rows.
        let renderer = try SiteRenderer(report: report, catalog: try ServiceCatalog(), rowsThroughTemplates: true)
        var seen = Set<String>()
        ViewFieldTests.check(renderer.indexPage(), seen: &seen)
        for section in report.sections {
            // One-asset pages, so that pagers (and the first-page-only parts) are reached too.
            let chunks = section.assets.indices.map { $0..<($0 + 1) }
            guard !chunks.isEmpty else { continue }
            for page in [0, chunks.count - 1] {
                if let team = section.team {
                    ViewFieldTests.check(
                        renderer.teamPage(section, team: team, chunks: chunks, page: page), seen: &seen)
                } else {
                    ViewFieldTests.check(renderer.unassignedPage(section, chunks: chunks, page: page), seen: &seen)
                }
            }
        }
        for index in report.assets.indices { ViewFieldTests.check(renderer.hostPage(index), seen: &seen) }
        for (port, rows) in renderer.servicePorts() {
            let view = renderer.servicePage(port, rows: rows, chunks: Pagination.rowChunks(rows.count), page: 0)
            ViewFieldTests.check(view, seen: &seen)
        }
        for (key, places) in renderer.affectedByPlugin() {
            let chunks = Pagination.rowChunks(places.count)
            ViewFieldTests.check(renderer.findingPage(key, places: places, chunks: chunks, page: 0), seen: &seen)
        }
        #expect(seen.count >= 28, "only \(seen.sorted()) were reached")
    }
}
