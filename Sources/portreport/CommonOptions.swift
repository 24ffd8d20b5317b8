import ArgumentParser
import Foundation
import PortReportKit

/// Options shared by the commands that read a configuration and inputs.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The configuration file (teams, ownership rules, assets, load balancers).",
            discussion: "Defaults to ./portreport.yml when it exists; without one, every system is Unassigned.",
            valueName: "file"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Read every input as this format instead of detecting it from the content.",
            discussion: "One of: nessus, nmap, openvas, qualys-xml, nessus-csv, qualys-csv, nuclei, masscan.",
            valueName: "name"))
    var format: String?

    /// The configuration to read: `--config`, else `./portreport.yml` when present.
    var configurationPath: String? {
        config ?? (FileManager.default.fileExists(atPath: "portreport.yml") ? "portreport.yml" : nil)
    }

    func validate() throws {
        if let format, FormatDetector.loader(named: format) == nil {
            let known = FormatDetector.known.map(\.format).joined(separator: ", ")
            throw ValidationError("unknown --format '\(format)'; known formats: \(known)")
        }
        if let config, !FileManager.default.fileExists(atPath: config) {
            throw ValidationError("the configuration file '\(config)' does not exist")
        }
    }
}
