import Foundation

/// The whole pipeline in one place: load → identify/attribute/group → explain → render → write.
///
/// Only the loaders read input files and only `SiteWriter` writes; every stage between is a pure
/// function of values.
public enum ReportPipeline {
    /// Runs a build.
    ///
    /// - Parameter progress: called with a short status line at each stage and input (the
    ///   command shows it on a terminal only).
    /// - Throws: `PortReportError` when the configuration, the templates or the output folder
    ///   fail; an unreadable input does not throw but is recorded in the outcome.
    public static func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) throws -> BuildOutcome {
        let timer = StageTimer()
        // The explanations depend on no scan: read beside the scans, so that grouping does not
        // wait for them (its stretches on one core are the build's idle time).
        let explanations = BackgroundWork { try ServiceCatalog(overrides: options.explanations) }
        let templates = BackgroundWork { try SiteTemplates.load() }
        let report = try analyse(options, timer: timer, progress: progress)
        let configuration = report.configuration
        let catalog = try timer.time("explain") { try explanations.wait() }

        let output = options.output ?? configuration.output ?? "public"
        try OutputGuard.checkSiteFolder(output)
        let writer = try SiteWriter(output: output)
        // The summary's counts are worked out beside the rendering, not after it.
        let counts = BackgroundWork { SummaryCounts(report) }
        do {
            progress("writing the site")
            try timer.time("render+write") {
                try SiteRenderer(report: report, catalog: catalog, templates: try templates.wait()).render(into: writer)
            }
            try timer.time("publish") { try writer.commit() }
        } catch {
            writer.abandon()
            throw error
        }
        var result = outcome(
            report, counts: counts.wait(), writer: writer, timings: timer.timings)
        result.peakMemory = timer.peakMemory
        ReportPipeline.releaseAside(consume report)
        return result
    }

    /// Lets go of the report on a thread of its own. Freeing a large report (every finding,
    /// host and string of the scans) was the last tenth of a second of a build, on one core,
    /// between the site being written and the command printing its summary; the command
    /// usually exits before that thread has finished, which is as good.
    private static func releaseAside(_ report: consuming Report) {
        let holder = ReportHolder(report)
        Thread.detachNewThread { holder.release() }
    }

    /// The last reference to a report, handed to the thread that drops it.
    private final class ReportHolder: @unchecked Sendable {
        // Touched by one thread at a time: set here, cleared by the releasing thread.
        private var report: Report?
        init(_ report: Report) { self.report = report }
        func release() { report = nil }
    }

    /// Loads the configuration and the inputs and builds the report, without rendering: what
    /// `portreport check` and `portreport owner` need.
    ///
    /// - Parameter requireInputs: whether having no inputs at all is an error.
    public static func analyse(
        _ options: BuildOptions, requireInputs: Bool = true, timer: StageTimer = StageTimer(),
        progress: (String) -> Void = { _ in }
    ) throws -> Report {
        let configuration = try timer.time("configure") {
            try options.configurationPath.map(ConfigurationLoader.load(path:)) ?? Configuration()
        }
        let named = options.inputs.isEmpty ? configuration.inputs : options.inputs
        if named.isEmpty && requireInputs {
            throw PortReportError(
                step: .loading, path: options.configurationPath,
                message:
                    "no inputs: name scan files or folders on the command line or under 'inputs:' in the configuration")
        }
        let files = InputCollector.files(in: named, excluding: options.output ?? configuration.output)
        if files.isEmpty && requireInputs {
            throw PortReportError(
                step: .loading, path: named.joined(separator: ", "),
                message: "no scan files found in the inputs; nothing was written")
        }
        let scan = timer.time("load") {
            InputLoader(formatOverride: options.format).load(files) { done, total in
                progress("reading scans: \(done)/\(total) files")
            }
        }
        if requireInputs, !scan.inputs.isEmpty, scan.inputs.allSatisfy({ $0.error != nil }) {
            let reasons = scan.inputs.compactMap(\.error).prefix(3).joined(separator: "; ")
            throw PortReportError(
                step: .loading, path: nil,
                message: "no input could be read, so the previous site is left as it was: \(reasons)")
        }
        progress("attributing findings to teams")
        return timer.time("group") { ReportBuilder(configuration: configuration).build(scan) }
    }

    private static func outcome(
        _ report: Report, counts: SummaryCounts, writer: SiteWriter, timings: [(String, Double)]
    ) -> BuildOutcome {
        var outcome = BuildOutcome(
            inputs: report.scan.inputs, findingsBySeverity: counts.bySeverity, teams: counts.teams,
            unassignedAssets: counts.unassigned.0, unassignedFindings: counts.unassigned.1,
            indexPath: writer.output.appendingPathComponent(SiteLinks.index).path,
            fileCount: writer.fileCount, timings: timings)
        outcome.suppressed = report.suppressedBy.count
        outcome.expiredSuppressions = report.expiredSuppressions.map { index in
            let suppression = report.configuration.suppressions[index]
            return
                "\(suppression.plugin?.description ?? suppression.scope ?? "?") expired on \(suppression.expires ?? "?")"
                + " (line \(suppression.line))"
        }
        outcome.firewallSuspects = report.firewallSuspects.map {
            ($0.address?.description ?? report.assets[$0.asset].asset.displayName, $0.answering)
        }
        outcome.diagnostics = report.configuration.diagnostics
        return outcome
    }
}
