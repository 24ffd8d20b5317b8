extension SiteRenderer {
    /// Every page of the site, in the order they are started (each core takes the next).
    ///
    /// Each section page takes the host pages of the systems it shows as their owner's
    /// (`PageJob.hosts`): their port rows are written once, for the section page, and copied
    /// into the host pages. The few host pages no section page takes come last, alone.
    func pageJobs() -> [PageJob] {
        let affected = affectedByPlugin()
        var jobs = [
            PageJob(path: SiteLinks.index, template: "index", view: { _ in self.indexPage(affected: affected) })
        ]
        for (port, rows) in servicePorts() {
            let chunks = Pagination.rowChunks(rows.count)
            for number in chunks.indices {
                jobs.append(
                    PageJob(
                        path: Pagination.pageFile(SiteLinks.service(port), page: number), template: "service",
                        view: { _ in self.servicePage(port, rows: rows, chunks: chunks, page: number) }))
            }
        }
        for (key, places) in affected {
            let chunks = Pagination.rowChunks(places.count)
            for number in chunks.indices {
                jobs.append(
                    PageJob(
                        path: Pagination.pageFile(links.finding(key), page: number), template: "finding",
                        view: { _ in self.findingPage(key, places: places, chunks: chunks, page: number) }))
            }
        }
        // Section pages with their host pages after the long finding pages: a few hundred jobs of
        // about the same size at the end keep both cores busy to the finish, where a long finding
        // page started last left one core idle while it ran.
        var claimed = [Bool](repeating: false, count: report.assets.count)
        for section in report.sections {
            let chunks = Pagination.chunks(section, report: report)
            let summary = SectionSummary(section, report: report)
            for number in chunks.indices {
                var hosts: [Int] = []
                for item in section.assets[chunks[number]] where item.ownsAsset && !claimed[item.asset] {
                    claimed[item.asset] = true
                    hosts.append(item.asset)
                }
                if let team = section.team {
                    jobs.append(
                        PageJob(
                            path: "teams/\(team.id)/" + Pagination.pageFile("index.html", page: number),
                            template: "team", hosts: hosts,
                            view: { fragments in
                                self.teamPage(
                                    section, team: team, chunks: chunks, page: number, summary: summary,
                                    fragments: fragments)
                            }))
                } else {
                    jobs.append(
                        PageJob(
                            path: Pagination.pageFile(SiteLinks.unassigned, page: number), template: "unassigned",
                            hosts: hosts,
                            view: { fragments in
                                self.unassignedPage(
                                    section, chunks: chunks, page: number, summary: summary, fragments: fragments)
                            }))
                }
            }
        }
        for index in report.assets.indices where !claimed[index] {
            jobs.append(
                PageJob(
                    path: SiteLinks.host(report.assets[index].asset), template: "host",
                    view: { _ in self.hostPage(index, fragments: nil) }))
        }
        return jobs
    }
}
