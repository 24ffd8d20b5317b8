import ArgumentParser

/// The `portreport` command: a thin shell over PortReportKit.
@main
struct PortReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portreport",
        abstract: "Turn vulnerability-scanner exports into a static website with one page per team.",
        discussion: """
            portreport reads scanner exports (Nessus .nessus v2 files), works out which team owns \
            each system and each open port from the rules in portreport.yml, explains every \
            service in plain language, and writes a static site that opens from a folder.

            Commands: build writes the site; check validates portreport.yml against the inputs; \
            owner explains who owns an address or port; mail writes (and sends) one e-mail per team.

            Exit codes: 0 success; 1 an input could not be read (the site is still written from \
            the others and the index lists the failure), or a message could not be sent; 2 the \
            configuration, templates or output failed and nothing was written; 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Owner.self, Mail.self],
        defaultSubcommand: nil
    )
}
