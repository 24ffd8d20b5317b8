/// The plain-text body of a team's message: what a text-only mail client, a pager gateway or a
/// ticket system shows.
enum TeamMailText {
    /// Lines are wrapped to this width so the text reads well in any client; quoted-printable
    /// keeps the transport within limits whatever the width.
    static let width = 72

    /// The severity column: `Critical` and two spaces.
    private static let column = 10

    static func render(_ digest: TeamMailDigest, heading: String) -> String {
        var lines: [String] = [heading]
        lines += wrap("\(digest.reportTitle), scans up to \(digest.asOf)")
        lines.append("")
        let systems = digest.systemCount == 1 ? "1 system" : "\(digest.systemCount) systems"
        lines += wrap("Findings on \(systems): \(digest.countsText).")
        if digest.suppressed > 0 {
            lines += wrap("\(digest.suppressed) more are suppressed (accepted risks) and not counted.")
        }

        lines += ["", "Most severe findings", ""]
        if digest.findings.isEmpty { lines.append("No findings above Info.") }
        for finding in digest.findings {
            let word = finding.severity.word
            lines += wrap(
                finding.title, first: word + String(repeating: " ", count: column - word.count),
                rest: String(repeating: " ", count: column))
            let address = finding.address.map { " (\($0))" } ?? ""
            lines += wrap(
                "\(finding.port) on \(finding.system)\(address)", first: String(repeating: " ", count: column),
                rest: String(repeating: " ", count: column))
        }
        if digest.moreFindings > 0 { lines += ["", "and \(digest.moreFindings) more on the team page."] }

        lines += ["", "Systems", ""]
        for system in digest.systems {
            let addresses = system.addresses.isEmpty || system.addresses == system.name ? "" : " (\(system.addresses))"
            let findings = system.counts.isEmpty ? "no findings above Info" : system.counts
            lines += wrap("\(system.name)\(addresses): \(findings)", first: "- ", rest: "  ")
            // A URL is never wrapped: a client makes it a link only when it is whole.
            if let url = digest.url(system.hostPage) { lines.append("  " + url) }
        }
        if digest.moreSystems > 0 { lines.append("and \(digest.moreSystems) more systems on the team page.") }

        if !digest.firewalls.isEmpty {
            lines += ["", "Probable firewall", ""]
            for sentence in digest.firewalls { lines += wrap(sentence) }
        }

        lines.append("")
        let purpose = "every finding with the scanner's evidence, the services explained and why each system is yours"
        if let url = digest.url(digest.teamPage) {
            lines += wrap("The team page has \(purpose):")
            lines.append(url)
        } else {
            lines += wrap(
                "The team page has \(purpose): open \(digest.teamPage) in the report site "
                    + "\"\(digest.reportTitle)\".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` broken at spaces into lines of at most `width` characters, the first starting with
    /// `first` and the others with `rest`. A word longer than a line stays whole.
    static func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
