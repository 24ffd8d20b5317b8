import ArgumentParser
import Foundation
import PortReportKit

/// `portreport build`: read scans, attribute, render and publish the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the report site from scan files.",
        discussion: """
            Reads every INPUT (files, or folders searched recursively; without inputs, the \
            'inputs:' of the configuration) and writes the site to the output folder in one \
            atomic step: the previous site stays in place until the new one is complete.

            Examples:
              portreport build --config Sample/portreport.yml
              portreport build --output real-site scans/week-48/
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The folder to write the site to (replaced as a whole).",
            discussion: "Defaults to the configuration's 'output:', else ./public.", valueName: "dir"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "A folder of extra or replacement service explanations (*.md with front matter).", valueName: "dir"))
    var explanations: String?

    @Flag(help: "Print how long each stage took.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Argument(help: ArgumentHelp("Scan files or folders to read.", valueName: "input"))
    var inputs: [String] = []

    func validate() throws {
        if inputs.isEmpty, common.configurationPath == nil {
            throw ValidationError(
                "name the scan files or folders to read, or a configuration with 'inputs:' (--config)")
        }
    }

    func run() throws {
        var options = BuildOptions()
        options.configurationPath = common.configurationPath
        options.inputs = inputs
        options.output = output
        options.explanations = explanations
        options.format = common.format
        let progress = Progress(enabled: !quiet)
        let outcome: BuildOutcome
        do {
            outcome = try ReportPipeline.build(options) { progress.show($0) }
        } catch let error as PortReportError {
            progress.clear()
            Terminal.error("error: \(error)")
            // No readable input is an input failure (1); a bad configuration, template or output
            // folder is 2. Either way nothing was written.
            throw ExitCode(error.step == .loading ? 1 : 2)
        }
        progress.clear()
        if !quiet {
            print(BuildSummary.text(outcome, timings: timings))
        } else if timings {
            // Asked for by name: --quiet silences the summary, not the timings.
            print(BuildSummary.timings(outcome).joined(separator: "\n"))
        }
        for input in outcome.inputs {
            if let error = input.error { Terminal.error("error: \(error)") }
        }
        if outcome.hasFailedInputs { throw ExitCode(1) }
    }
}
