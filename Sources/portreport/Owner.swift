import ArgumentParser
import Foundation
import PortReportKit

/// `portreport owner`: who owns an address or port, and why.
struct Owner: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain which team owns an address or port, and through which rules.",
        discussion: """
            Prints the owning team, the rule that decided it, every rule that matches (most \
            specific first), the system the address belongs to in the current inputs (with its \
            other addresses), and load-balancer paths: for a VIP port, the pool members and their \
            teams; for a pool member, the VIPs that reach it.

            Examples:
              portreport owner 10.30.0.7
              portreport owner 203.0.113.10:443/tcp --config Sample/portreport.yml
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(
        name: .customLong("input"),
        help: ArgumentHelp(
            "A scan file or folder (repeatable; default: the configuration's inputs).", valueName: "path"))
    var inputs: [String] = []

    @Argument(
        help: ArgumentHelp(
            "ADDRESS, ADDRESS:PORT or ADDRESS:PORT/TRANSPORT (IPv6 in brackets with a port).", valueName: "address"))
    var query: String

    func validate() throws {
        if OwnerQuery(query) == nil {
            throw ValidationError("'\(query)' is not ADDRESS[:PORT[/TRANSPORT]], e.g. 10.30.0.7:8443/tcp")
        }
    }

    func run() throws {
        guard let parsed = OwnerQuery(query) else { throw ExitCode(64) }
        var options = BuildOptions()
        options.configurationPath = common.configurationPath
        options.inputs = inputs
        options.format = common.format
        let report: Report
        do {
            report = try ReportPipeline.analyse(options, requireInputs: false)
        } catch let error as PortReportError {
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }
        print(OwnerExplanation.lines(for: parsed, in: report).joined(separator: "\n"))
    }
}
