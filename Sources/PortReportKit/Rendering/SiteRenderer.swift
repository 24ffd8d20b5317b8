import Foundation
import Mustache

/// Renders a `Report` into the pages of the site and hands each to a `SiteWriter`.
///
/// Every scanner string reaches HTML through a `{{…}}` tag, which escapes `& < > " '`; the only
/// unescaped output is libcmark's rendering of our own service explanations.
public struct SiteRenderer: Sendable {
    let report: Report
    let catalog: ServiceCatalog
    let library: MustacheLibrary
    let links: SiteLinks
    let views: ViewFactory
    let stylesheet: String
    let script: String
    /// How asset blocks and table rows become HTML.
    let rows: RowRendering
    /// The menu for each page depth (`""`, `"../"`, `"../../"`), rendered once.
    let navigation: [String: String]
    /// Section CSVs written per pass over the findings (`FindingsExport.sectionsPerPass`; tests
    /// lower it).
    var sectionsPerPass = FindingsExport.sectionsPerPass
    /// The team menu's links and the footer's note: the same on every page.
    let navTeams: [NavLink]
    let sourceNoteText: String
    /// Each explanation's HTML with its headings moved down a level, by slug, for team pages.
    let demotedExplanations: [String: String]
    /// Page starts and ends by depth, for the pages `RowHTML` writes whole; empty when rows go
    /// through the templates.
    let shells: [String: PageShell]

    /// Loads the templates bundled from `Templates/site`.
    /// - Throws: `PortReportError` (step `.rendering`) when a template is missing or malformed.
    public init(report: Report, catalog: ServiceCatalog) throws {
        try self.init(
            report: report, catalog: catalog, templates: try SiteTemplates.load(), rowsThroughTemplates: false)
    }

    /// With templates already loaded (`SiteTemplates.load()`, which needs no report: the
    /// pipeline loads them beside the scans).
    public init(report: Report, catalog: ServiceCatalog, templates: SiteTemplates) throws {
        try self.init(report: report, catalog: catalog, templates: templates, rowsThroughTemplates: false)
    }

    /// - Parameter rowsThroughTemplates: render asset blocks and table rows through their Mustache
    ///   partials instead of `RowHTML` (slow; the reference `RowHTML` is tested against).
    init(report: Report, catalog: ServiceCatalog, rowsThroughTemplates: Bool) throws {
        try self.init(
            report: report, catalog: catalog, templates: try SiteTemplates.load(),
            rowsThroughTemplates: rowsThroughTemplates)
    }

    private init(report: Report, catalog: ServiceCatalog, templates: SiteTemplates, rowsThroughTemplates: Bool) throws {
        self.report = report
        self.catalog = catalog
        let library = templates.library
        self.library = library
        self.rows = rowsThroughTemplates ? .templates(library) : .compiled
        let teams = report.configuration.teams.map { NavLink(href: SiteLinks.team($0.id), label: $0.name) }
        var navigation: [String: String] = [:]
        for root in SiteLinks.roots {
            let menu = PageChrome(
                root: root, reportTitle: "", pageTitle: "", teams: teams, navHTML: "", sourceNote: "")
            navigation[root] = library.render(menu, withTemplate: "site-nav") ?? ""
        }
        self.navigation = navigation
        self.navTeams = teams
        self.sourceNoteText = SiteRenderer.sourceNote(report)
        var shells: [String: PageShell] = [:]
        if !rowsThroughTemplates {
            for root in SiteLinks.roots {
                let chrome = PageChrome(
                    root: root, reportTitle: report.configuration.title, pageTitle: "", teams: teams,
                    navHTML: navigation[root] ?? "", sourceNote: SiteRenderer.sourceNote(report))
                shells[root] = PageShell(library: library, chrome: chrome)
            }
        }
        self.shells = shells
        var demoted: [String: String] = [:]
        for explanation in Array(catalog.explanations.values) + [catalog.unknown] {
            demoted[explanation.slug] = SiteRenderer.demoteHeadings(explanation.html)
        }
        self.demotedExplanations = demoted
        self.stylesheet = templates.stylesheet
        self.script = templates.script
        self.links = SiteLinks(plugins: report.scan.plugins.keys)
        var views = ViewFactory(report: report, catalog: catalog, links: links)
        if !rowsThroughTemplates { views.writesItemsDirectly() }
        self.views = views
    }

    /// A page to render: where it goes, its template, and how to build its view value.
    ///
    /// `hosts` are the host pages (asset indices) the same worker writes right after the page,
    /// copying the rows the page wrote for them (`PortItems`); `view` is given the store of those
    /// rows when there are any.
    struct PageJob: Sendable {
        var path: String
        var template: String
        var hosts: [Int] = []
        var view: @Sendable (RowFragments?) -> Any
    }

    /// Renders every page, the search index and the data exports into `writer`, across all cores.
    public func render(into writer: SiteWriter) throws {
        try writer.write(SiteLinks.stylesheet, stylesheet)
        try writer.write(SiteLinks.script, script)
        // One worker per core takes pages from a shared queue. The first starts with the search
        // index and the data exports (a fifth of a large build, in one sequence) and joins the
        // others when they are done: as a thread of their own beside the pages they got a third
        // of the machine and finished last, alone. The queue's list of pages is made by the
        // first worker to ask for it, while the exports are already being written.
        // Each page is written by the thread that rendered it and dropped at once, so memory holds
        // one page per core; the files do not depend on the order they are written in.
        let queue = PageQueue { self.pageJobs() }
        let workers = max(2, ProcessInfo.processInfo.activeProcessorCount)
        _ = try Parallel.map(workers) { worker in
            do {
                if worker == 0 {
                    try writer.write(
                        SiteLinks.searchIndex,
                        SearchIndex(report: self.report, views: self.views, links: self.links).script())
                    try self.writeExports(into: writer)
                }
                while let job = queue.next() {
                    let fragments = job.hosts.isEmpty ? nil : RowFragments()
                    try self.writePage(job.view(fragments), to: job.path, template: job.template, writer: writer)
                    for asset in job.hosts {
                        try self.writePage(
                            self.hostPage(asset, fragments: fragments),
                            to: SiteLinks.host(self.report.assets[asset].asset), template: "host", writer: writer)
                    }
                }
            } catch {
                // The others stop taking pages: the site is thrown away.
                queue.stop()
                throw error
            }
        }
    }

    /// `data/`: findings as JSON and CSV, per team CSVs, and the inputs.
    private func writeExports(into writer: SiteWriter) throws {
        let export = FindingsExport(report: report)
        let sectionPaths = report.sections.map { section in
            section.team.map { SiteLinks.teamCSV($0.id) } ?? SiteLinks.unassignedCSV
        }
        // The first pass writes both whole-site files and the first sections' CSVs; a further pass
        // per batch of sections when there are many. Each section CSV has a small buffer (its
        // rows arrive spread over the whole pass).
        let batches = stride(from: 0, to: sectionPaths.count, by: sectionsPerPass).map {
            $0..<min($0 + sectionsPerPass, sectionPaths.count)
        }
        try writer.stream(SiteLinks.findingsJSON) { json in
            try writer.stream(SiteLinks.findingsCSV) { csv in
                let first = batches.first ?? 0..<0
                try writer.streams(Array(sectionPaths[first]), capacity: 1 << 16) { sectionCSVs in
                    try export.write(json: json, csv: csv, sections: first, sectionCSVs: sectionCSVs)
                }
            }
        }
        for batch in batches.dropFirst() {
            try writer.streams(Array(sectionPaths[batch]), capacity: 1 << 16) { sectionCSVs in
                try export.write(json: nil, csv: nil, sections: batch, sectionCSVs: sectionCSVs)
            }
        }
        try writer.write(SiteLinks.inputsJSON, try InputsExport(inputs: report.scan.inputs).json())
    }

    /// Writes a page: directly as bytes when it can be (no template, and no check that our own
    /// bytes are UTF-8), else through its template.
    private func writePage(_ view: Any, to path: String, template: String, writer: SiteWriter) throws {
        if try !writeCompiledPage(view, to: path, writer: writer) {
            try writer.write(path, try page(template, view))
        }
    }

    /// Writes the page directly with `RowHTML` to `path` when it is one of the kinds a large site
    /// has many of and rows are compiled; `false` sends it through its template.
    private func writeCompiledPage(_ view: Any, to path: String, writer: SiteWriter) throws -> Bool {
        guard let html = compiledPage(view) else { return false }
        try writer.write(path, html: html)
        return true
    }

    /// The page of `view` written directly with `RowHTML`, when it is one of the kinds a large
    /// site has many of and rows are compiled; `nil` when it goes through its template.
    func compiledPage(_ view: Any) -> HTMLBuffer? {
        let root: String
        let write: (PageShell) -> HTMLBuffer
        switch view {
        case let host as HostPage: (root, write) = (host.root, { RowHTML.hostPage(host, shell: $0) })
        case let team as TeamPage: (root, write) = (team.root, { RowHTML.teamPage(team, shell: $0) })
        case let unassigned as UnassignedPage:
            (root, write) = (unassigned.root, { RowHTML.unassignedPage(unassigned, shell: $0) })
        case let finding as FindingPage: (root, write) = (finding.root, { RowHTML.findingPage(finding, shell: $0) })
        case let service as ServicePage: (root, write) = (service.root, { RowHTML.servicePage(service, shell: $0) })
        default: return nil
        }
        guard let shell = shells[root] else { return nil }
        return write(shell)
    }

    private func page(_ template: String, _ value: Any) throws -> String {
        guard let html = library.render(value, withTemplate: template) else {
            throw PortReportError(step: .rendering, path: template, message: "template '\(template)' is not registered")
        }
        return html
    }

    func chrome(root: String, title: String) -> PageChrome {
        let navHTML =
            navigation[root] ?? library.render(
                PageChrome(root: root, reportTitle: "", pageTitle: "", teams: navTeams, navHTML: "", sourceNote: ""),
                withTemplate: "site-nav") ?? ""
        return PageChrome(
            root: root, reportTitle: report.configuration.title, pageTitle: title, teams: navTeams, navHTML: navHTML,
            sourceNote: sourceNoteText)
    }

    /// `4 of 4 scan files, scanned up to 2026-11-24`: the footer's account of the inputs.
    static func sourceNote(_ report: Report) -> String {
        let readable = report.scan.inputs.filter { $0.error == nil }.count
        return "\(readable) of \(report.scan.inputs.count) scan files, scanned up to \(report.asOf)"
    }
}
