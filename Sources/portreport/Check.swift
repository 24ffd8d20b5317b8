import ArgumentParser
import Foundation
import PortReportKit

/// `portreport check`: validate the configuration and show how its rules fare on the inputs.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the configuration and show how many systems each rule matches.",
        discussion: """
            Reports errors (a bad configuration, rules of two teams that tie) and warnings \
            (load-balancer lines not understood, pool members no rule owns, expired \
            suppressions), then lists every ownership rule with the systems it matches and \
            decides in the current inputs. Exits 1 when there are errors (an input that cannot be read is \
            one), 0 otherwise.
            """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Scan files or folders (default: the configuration's inputs).", valueName: "input"))
    var inputs: [String] = []

    func run() throws {
        guard let path = common.configurationPath else {
            throw ValidationError("no configuration: pass --config FILE or run where portreport.yml is")
        }
        var options = BuildOptions()
        options.configurationPath = path
        options.inputs = inputs
        options.format = common.format
        let report: Report
        do {
            report = try ReportPipeline.analyse(options, requireInputs: false)
        } catch let error as PortReportError {
            print("error: \(error)")
            throw ExitCode(1)
        }
        let check = ConfigurationCheck(report: report)
        print(CheckReport.text(check, report: report))
        // An input that cannot be read is an error too: a CI job running `check` must not pass
        // on a broken scan.
        if !check.errors.isEmpty || report.scan.inputs.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}

/// The text `portreport check` prints.
enum CheckReport {
    static func text(_ check: ConfigurationCheck, report: Report) -> String {
        let configuration = report.configuration
        let servers = configuration.loadBalancers.reduce(0) { $0 + $1.virtualServers.count }
        var lines = [
            "\(configuration.path ?? "configuration"): \(count(configuration.teams.count, "team")), "
                + "\(count(configuration.rules.count, "rule")), \(count(configuration.assets.count, "asset")), "
                + "\(count(configuration.loadBalancers.count, "load balancer")) "
                + "(\(count(servers, "virtual server"))), \(count(configuration.suppressions.count, "suppression"))",
            "Inputs: \(count(report.scan.inputs.count, "file")), \(count(check.assetCount, "system"))",
        ]
        let failed = report.scan.inputs.filter { $0.error != nil }
        for input in failed { lines.append("  unreadable: \(input.error ?? "")") }
        if !check.rules.isEmpty {
            lines.append("Rules (matched: systems or ports the rule matches; decides: those it gives their team):")
            let width = max(4, check.rules.map(\.rule.text.count).max() ?? 0)
            let teamWidth = max(4, check.rules.map(\.rule.team.count).max() ?? 0)
            lines.append(
                "  " + pad("line", 5) + pad("team", teamWidth + 2) + pad("rule", width + 2) + "matched  decides")
            for use in check.rules {
                lines.append(
                    "  " + pad("\(use.rule.line)", 5) + pad(use.rule.team, teamWidth + 2)
                        + pad(use.rule.text, width + 2)
                        + pad("\(use.matched)", 9) + "\(use.decides)")
            }
        }
        if check.errors.isEmpty && check.warnings.isEmpty && failed.isEmpty {
            lines.append("No problems found.")
        } else {
            lines += check.errors.map(\.description)
            lines += check.warnings.map(\.description)
            lines.append(
                "\(count(check.errors.count + failed.count, "error")), \(count(check.warnings.count, "warning"))")
        }
        return lines.joined(separator: "\n")
    }

    /// `1 team`, `2 teams`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
