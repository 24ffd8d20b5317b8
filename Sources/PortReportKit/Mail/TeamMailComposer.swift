import Foundation

/// A team's message and the team it is for.
public struct TeamMessage: Sendable {
    public var team: Team
    public var message: MailMessage

    /// `payments.eml`: team ids are `[a-z0-9-]`, checked by the configuration loader.
    public var fileName: String { "\(team.id).eml" }
}

/// Writes the e-mail that tells one team what the scans found on its systems: a summary by
/// severity, the most severe findings, its systems, probable firewalls, and where the full team
/// page is.
///
/// Composition is a pure function of the report and the options: the same inputs give
/// byte-identical messages, `Date:` and `Message-ID:` included.
public struct TeamMailComposer {
    /// What the command line decides.
    public struct Options: Sendable {
        /// The `From:` address.
        public var from = "portreport@localhost"
        /// Where the site is published (`https://share.example.com/scans`); pages are linked
        /// below it. `nil`: the message names the page instead of linking to nowhere.
        public var baseURL: String?

        public init() {}
    }

    let report: Report
    let options: Options
    let links: SiteLinks

    public init(report: Report, options: Options = Options()) {
        self.report = report
        self.options = options
        self.links = SiteLinks(plugins: report.scan.plugins.keys)
    }

    /// One message per team that has at least one valid contact address, in configuration
    /// order, and a warning for every team skipped and every contact left out.
    ///
    /// - Parameter teams: the ids of the teams to write to; `nil` for every team. Ids the
    ///   configuration does not know are ignored (the command refuses them beforehand).
    public func compose(teams: [String]? = nil) -> (messages: [TeamMessage], warnings: [Diagnostic]) {
        var messages: [TeamMessage] = []
        var warnings: [Diagnostic] = []
        let path = report.configuration.path
        for section in report.sections {
            guard let team = section.team, teams?.contains(team.id) ?? true else { continue }
            var recipients: [String] = []
            for contact in team.contacts {
                if let problem = MailAddress.problem(contact) {
                    warnings.append(
                        Diagnostic(
                            path: path, line: nil,
                            message: "team '\(team.id)': contact '\(HeaderEncoding.sanitised(contact))' is left out: "
                                + problem))
                } else if !recipients.contains(contact) {
                    recipients.append(contact)
                }
            }
            if recipients.isEmpty {
                let why = team.contacts.isEmpty ? "has no contacts" : "has no usable contact address"
                warnings.append(Diagnostic(path: path, line: nil, message: "team '\(team.id)' \(why): no message"))
                continue
            }
            messages.append(TeamMessage(team: team, message: message(for: section, team: team, to: recipients)))
        }
        return (messages, warnings)
    }

    /// The message for one team's section of the report, to the given (valid) addresses.
    public func message(for section: TeamSection, team: Team, to recipients: [String]) -> MailMessage {
        let digest = TeamMailDigest(
            report: report, section: section, team: team, links: links, baseURL: baseURL)
        let heading = "Scan report for \(HeaderEncoding.sanitised(team.name))"
        let counts = [Severity.critical, .high, .medium].map { "\(digest.counts[$0] ?? 0) \($0.name)" }
        let subject = heading + ": " + counts.joined(separator: ", ")
        let text = TeamMailText.render(digest, heading: heading)
        let html = TeamMailHTML.render(digest, heading: heading)
        // The id changes whenever anything a reader sees changes, and only then: a rebuild of
        // the same scans gives the same id, so clients and archives see one message, not two.
        let digestOfContent = MailMessage.hash(
            [team.id, report.asOf, options.from, recipients.joined(separator: ","), subject, text, html]
                .joined(separator: "\u{0}"))
        let messageID =
            "\(report.asOf.replacingOccurrences(of: "-", with: "")).\(team.id).\(digestOfContent)"
            + "@portreport.invalid"
        return MailMessage(
            from: options.from, to: recipients, subject: subject, date: date, messageID: messageID,
            parts: [MailPart(mediaType: "text/plain", text: text), MailPart(mediaType: "text/html", text: html)])
    }

    /// The base URL without trailing slashes, so page paths join with exactly one.
    private var baseURL: String? {
        guard var url = options.baseURL else { return nil }
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// When the newest scan ran: the `Date:` of every message, so that a rebuild gives the same
    /// message. Midnight UTC of the report date when no host carries a time.
    var date: Date {
        if let newest = report.scan.hosts.compactMap(\.scanTime).max() { return newest }
        return ScanDate.parse(report.asOf) ?? Date(timeIntervalSince1970: 0)
    }
}
