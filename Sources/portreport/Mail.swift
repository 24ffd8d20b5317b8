import ArgumentParser
import Foundation
import PortReportKit

/// `portreport mail`: one e-mail per team, written as `.eml` files and optionally sent.
struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one e-mail per team with its findings, and optionally send them.",
        discussion: """
            Reads the inputs like build and writes <team-id>.eml (RFC 5322, plain text and \
            HTML) into the output folder for every team with a contact address, or only the \
            --team ones. A message sums up the team's findings by severity, lists the most \
            severe ones with their port and system, its systems and probable firewalls, and \
            links to the team page when --base-url says where the site is published. Date and \
            Message-ID come from the scans, so the same inputs give the same messages.

            The output folder is replaced as a whole in one rename; it must hold nothing but \
            .eml files. With --sendmail, each message is then piped to 'PROGRAM -t -i' (sendmail, \
            Postfix, Exim, msmtp); the messages are written either way.

            Exit codes: 0 success; 1 a message could not be sent or an input could not be read \
            (every team is still tried); 2 the configuration or the output folder failed; \
            64 bad usage (an unknown --team, an invalid --from).

            Examples:
              portreport mail --config Sample/portreport.yml --out /tmp/mail
              portreport mail --base-url https://share.example.com/scans --sendmail /usr/sbin/sendmail
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The folder to write <team-id>.eml files to (replaced as a whole).", valueName: "dir"))
    var output = "mail"

    @Option(help: ArgumentHelp("The From: address.", valueName: "address"))
    var from = "portreport@localhost"

    @Option(
        help: ArgumentHelp(
            "Send each message through this program, run as 'PROGRAM -t -i' with the message on its input.",
            valueName: "path"))
    var sendmail: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "Where the site is published (http, https or file URL); the messages link to its pages.",
            discussion: "Without it, a message names the team page instead of linking to it.", valueName: "url"))
    var baseURL: String?

    @Option(
        name: .customLong("team"),
        help: ArgumentHelp("Write only to this team (its id; repeatable). Default: every team.", valueName: "id"))
    var teams: [String] = []

    @Flag(name: .shortAndLong, help: "Print nothing but warnings and errors.")
    var quiet = false

    @Argument(help: ArgumentHelp("Scan files or folders (default: the configuration's inputs).", valueName: "input"))
    var inputs: [String] = []

    func validate() throws {
        if let problem = MailAddress.problem(from) {
            throw ValidationError("--from '\(from)' is not an address local@domain: \(problem)")
        }
        if let baseURL {
            guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(),
                ["http", "https", "file"].contains(scheme), url.host != nil || scheme == "file"
            else {
                throw ValidationError("--base-url '\(baseURL)' is not an http, https or file URL")
            }
        }
        if let sendmail, !FileManager.default.isExecutableFile(atPath: sendmail) {
            throw ValidationError("--sendmail '\(sendmail)' is not an executable program")
        }
        if common.configurationPath == nil {
            throw ValidationError("no configuration: pass --config FILE or run where portreport.yml is")
        }
    }

    func run() throws {
        var options = BuildOptions()
        options.configurationPath = common.configurationPath
        options.inputs = inputs
        options.format = common.format
        let report: Report
        do {
            // The team ids are checked against the configuration before any scan is read.
            if let path = options.configurationPath {
                let known = try ConfigurationLoader.load(path: path).teams.map(\.id)
                if let unknown = teams.first(where: { !known.contains($0) }) {
                    throw ValidationError(
                        "--team '\(unknown)' is not a team of the configuration; teams: "
                            + known.joined(separator: ", "))
                }
            }
            report = try ReportPipeline.analyse(options)
        } catch let error as PortReportError {
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }

        var composerOptions = TeamMailComposer.Options()
        composerOptions.from = from
        composerOptions.baseURL = baseURL
        let composer = TeamMailComposer(report: report, options: composerOptions)
        let (messages, warnings) = composer.compose(teams: teams.isEmpty ? nil : teams)
        for warning in warnings { Terminal.error(warning.description) }

        let folder: URL
        do {
            folder = try MailFolder.write(messages, to: output)
        } catch let error as PortReportError {
            Terminal.error("error: \(error)")
            throw ExitCode(2)
        }
        if !quiet {
            print("Wrote \(messages.count) message\(messages.count == 1 ? "" : "s") to \(folder.path)")
            for item in messages {
                print("  \(item.fileName): to \(item.message.to.joined(separator: ", ")): \(item.message.subject)")
            }
        }

        var failed = false
        if let sendmail {
            let sender = MailSender(program: sendmail)
            var sent = 0
            for item in messages {
                do {
                    try sender.send(item.message)
                    sent += 1
                } catch {
                    Terminal.error("error: team '\(item.team.id)': \(error)")
                    failed = true
                }
            }
            if !quiet { print("Sent \(sent) of \(messages.count) through \(sendmail)") }
        }
        for input in report.scan.inputs {
            if let error = input.error {
                Terminal.error("error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
