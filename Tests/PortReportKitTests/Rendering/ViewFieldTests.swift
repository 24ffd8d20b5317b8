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
        let renderer = try SiteRenderer(report: report, catalog: try ServiceCatalog())
        var seen = Set<String>()
        ViewFieldTests.check(renderer.indexPage(), seen: &seen)
        for section in report.sections {
            if let team = section.team {
                ViewFieldTests.check(renderer.teamPage(section, team: team), seen: &seen)
            } else {
                ViewFieldTests.check(renderer.unassignedPage(section), seen: &seen)
            }
        }
        for index in report.assets.indices { ViewFieldTests.check(renderer.hostPage(index), seen: &seen) }
        for (port, rows) in renderer.servicePorts() {
            ViewFieldTests.check(renderer.servicePage(port, rows: rows), seen: &seen)
        }
        for (key, places) in renderer.affectedByPlugin() {
            ViewFieldTests.check(renderer.findingPage(key, places: places), seen: &seen)
        }
        #expect(seen.count >= 28, "only \(seen.sorted()) were reached")
    }
}
