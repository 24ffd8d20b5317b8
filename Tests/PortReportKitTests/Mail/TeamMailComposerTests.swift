import Foundation
import Testing

@testable import PortReportKit

@Suite("Team e-mail messages")
struct TeamMailComposerTests {
    @Test("the Sample's payments message: headers, MIME structure, CRLF, line lengths")
    func paymentsHeaders() throws {
        let rendered = try MailFixtures.sampleMessage("payments").rendered()
        let mail = try ParsedMail(rendered)
        #expect(mail.header("From") == "portreport@localhost")
        #expect(mail.header("To") == "payments-oncall@example.com")
        #expect(mail.header("Subject") == "Scan report for Payments: 1 critical, 0 high, 11 medium")
        // The newest HOST_END of the Sample's scans, not the time of the run.
        #expect(mail.header("Date") == "Tue, 24 Nov 2026 05:05:00 +0000")
        let messageID = try #require(mail.header("Message-ID"))
        #expect(messageID.wholeMatch(of: /<20261124\.payments\.[0-9a-f]{16}@portreport\.invalid>/) != nil)
        #expect(mail.header("MIME-Version") == "1.0")
        #expect(mail.header("Auto-Submitted") == "auto-generated")
        #expect(mail.header("Content-Type") == "multipart/alternative; boundary=\"\(mail.boundary)\"")
        let names: [String] = mail.fields.map(\.name)
        #expect(
            names == ["from", "to", "subject", "date", "message-id", "auto-submitted", "mime-version", "content-type"])

        #expect(mail.parts.count == 2)
        #expect(
            mail.parts.map { $0.headers["content-type"] } == ["text/plain; charset=utf-8", "text/html; charset=utf-8"])
        #expect(mail.parts.allSatisfy { $0.headers["content-transfer-encoding"] == "quoted-printable" })

        // The boundary appears only as the three delimiter lines, never inside a part.
        #expect(rendered.components(separatedBy: mail.boundary).count == 1 + 1 + 3)
        #expect(mail.parts.allSatisfy { !$0.encoded.contains(mail.boundary) && !$0.encoded.contains("=_") })

        // Every line ends with CRLF, none is longer than 78 characters (998 octets is the hard limit).
        #expect(rendered.hasSuffix("\r\n"))
        let bytes = Array(rendered.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)") }
            if byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "bare CR at \(index)") }
        }
        let lines = rendered.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 998 })
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines.filter { $0.utf8.count > 78 })")
        // Quoted-printable and encoded-words keep the whole message 7-bit.
        #expect(bytes.allSatisfy { $0 < 0x80 })
    }

    @Test("the text part decodes to the summary, the most severe findings and the systems")
    func paymentsText() throws {
        let mail = try ParsedMail(try MailFixtures.sampleMessage("payments").rendered())
        let text = mail.parts[0].text
        let lines = text.components(separatedBy: "\n")
        for expected in [
            "Scan report for Payments",
            "Example Corp — weekly external and internal scan, scans up to 2026-11-24",
            "Findings on 4 systems: 1 critical, 0 high, 11 medium, 2 low, 95 info.",
            "3 more are suppressed (accepted risks) and not counted.",
            "Critical  Apache Log4Shell RCE detection via callback correlation",
            "          (Direct Check HTTP)",
            "          8080/tcp on pay-app-01.pay.example.com",
            "Medium    SSL Certificate with Wrong Hostname",
            "          5432/tcp on billing-db (192.0.2.45)",
            "Low       ICMP Timestamp Request Remote Date Disclosure",
            "- billing-db (10.20.4.5, 192.0.2.45): 7 medium, 1 low",
            "- api.pay.example.com (192.0.2.10): 1 medium, 1 low",
        ] {
            #expect(lines.contains(expected), "missing line: \(expected)")
        }
        // The findings come most severe first, and the systems too.
        let critical = try #require(lines.firstIndex { $0.hasPrefix("Critical ") })
        let firstMedium = try #require(lines.firstIndex { $0.hasPrefix("Medium ") })
        let firstLow = try #require(lines.firstIndex { $0.hasPrefix("Low ") })
        #expect(critical < firstMedium && firstMedium < firstLow)
        #expect(lines.filter { $0.hasPrefix("Medium ") }.count == 11)
        #expect(!text.contains("Info      "), "Info findings are counted, not listed")
        #expect(lines.allSatisfy { $0.count <= TeamMailText.width || $0.contains("://") })
        // No base URL: the message says where the report is instead of linking to nowhere.
        #expect(text.contains("open\nteams/payments/index.html in the report site"))
        #expect(!text.contains("http"))
        // Payments has no probable firewall; network has one.
        #expect(!text.contains("Probable firewall"))
        let network = try ParsedMail(try MailFixtures.sampleMessage("network").rendered()).parts[0].text
        #expect(network.contains("Probable firewall\n\n198.51.100.1 answered on 164 ports, more than the 100"))
    }

    @Test("a long list stops at 20 findings and says how many more the team page has")
    func findingLimit() throws {
        let mail = try ParsedMail(try MailFixtures.sampleMessage("network").rendered())
        let text = mail.parts[0].text
        let listed = text.components(separatedBy: "\n").filter { line in
            Severity.allCases.contains { line.hasPrefix($0.word + " ") }
        }
        #expect(listed.count == 20)
        // 3 high + 16 medium + 13 low above Info, 20 listed.
        #expect(text.contains("\nand 12 more on the team page.\n"))
        #expect(
            mail.parts[1].text.contains("<p style=\"margin:0 0 8px 0;color:#1b1f24\">and 12 more on the team page.</p>")
        )
    }

    @Test("the HTML part: inline styles only, severity as a word on its colour, no images or scripts")
    func paymentsHTML() throws {
        let mail = try ParsedMail(try MailFixtures.sampleMessage("payments").rendered())
        let html = mail.parts[1].text
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        for forbidden in ["<style", "<link", "<script", "<img", "class=", "bgcolor", " color=", "url(", "@import"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden) in the HTML part")
        }
        let tags = html.matches(of: /<[a-z][a-z0-9]*(?:\s[^>]*)?>/).map { String($0.output) }
        #expect(tags.count > 100)
        for tag in tags where tag.contains("color") || tag.contains("background") {
            #expect(tag.contains(" style=\""), "colour outside a style attribute: \(tag)")
        }
        #expect(
            html.contains(
                "<span style=\"display:inline-block;padding:1px 6px;border-radius:3px;font-size:12px;font-weight:bold;"
                    + "background-color:#8b0000;color:#ffffff\">Critical</span>"))
        #expect(html.contains(">Apache Log4Shell RCE detection via callback correlation (Direct Check HTTP)</td>"))
        #expect(!html.contains("href="), "no links without --base-url")
        #expect(html.contains("open <code>teams/payments/index.html</code> in the report site"))
    }

    @Test("--base-url links the team page, each host page and each finding page")
    func baseURL() throws {
        // Trailing slashes are dropped so that paths join with exactly one.
        let mail = try ParsedMail(
            try MailFixtures.sampleMessage("payments", baseURL: "https://share.example.com/scans/").rendered())
        let text = mail.parts[0].text
        let html = mail.parts[1].text
        #expect(text.contains("yours:\nhttps://share.example.com/scans/teams/payments/index.html\n"))
        #expect(
            text.contains(
                "- billing-db (10.20.4.5, 192.0.2.45): 7 medium, 1 low\n  https://share.example.com/scans/hosts/billing-db.html\n"
            ))
        #expect(
            html.contains(
                "<a href=\"https://share.example.com/scans/teams/payments/index.html\" "
                    + "style=\"color:#0550ae;text-decoration:underline\">Open the team page</a>"))
        #expect(html.contains("href=\"https://share.example.com/scans/hosts/billing-db.html\""))
        #expect(html.contains("href=\"https://share.example.com/scans/findings/nessus-51192.html\""))
        #expect(!html.contains("scans//"))
        // Every link points into the site the build writes.
        let site = try TestFiles.folder().appendingPathComponent("public")
        var options = BuildOptions()
        options.configurationPath = MailFixtures.sampleConfiguration
        options.output = site.path
        _ = try ReportPipeline.build(options)
        let hrefs = html.matches(of: /href="https:\/\/share\.example\.com\/scans\/([^"#]+)"/).map {
            String($0.output.1)
        }
        #expect(hrefs.count > 10)
        for page in hrefs {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(page).path), "\(page) missing")
        }
    }

    @Test("composing is deterministic: two analyses of the same inputs give byte-identical messages")
    func deterministic() throws {
        let first = TeamMailComposer(report: try MailFixtures.sample.get()).compose().messages
        let second = TeamMailComposer(report: try MailFixtures.analyseSample()).compose().messages
        #expect(
            first.map(\.fileName) == ["payments.eml", "web-platform.eml", "identity.eml", "data.eml", "network.eml"])
        #expect(first.map { $0.message.rendered() } == second.map { $0.message.rendered() })
        // The Message-ID differs between teams and follows the content.
        #expect(Set(first.map(\.message.messageID)).count == 5)
        var options = TeamMailComposer.Options()
        options.baseURL = "https://share.example.com"
        let linked = TeamMailComposer(report: try MailFixtures.sample.get(), options: options).compose().messages
        #expect(linked[0].message.messageID != first[0].message.messageID)
    }

    @Test("every team with a contact gets a message to all its addresses")
    func allTeams() throws {
        let composed = TeamMailComposer(report: try MailFixtures.sample.get()).compose()
        #expect(composed.warnings.isEmpty)
        let webPlatform = try #require(composed.messages.first { $0.team.id == "web-platform" })
        #expect(webPlatform.message.to == ["web-platform@example.com", "sre-web@example.com"])
        #expect(
            try ParsedMail(webPlatform.message.rendered()).header("To")
                == "web-platform@example.com, sre-web@example.com")
        #expect(
            composed.messages.map(\.message.subject).contains(
                "Scan report for Identity & Directory: 2 critical, 2 high, 18 medium"))
    }

    @Test("a hostile team name and plugin title are escaped in the HTML part")
    func hostileText() throws {
        let hostile = #"<script>alert("x")</script> & 'q'"#
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
        let report = try MailFixtures.oneTeam(
            name: "'Ops \(hostile.replacingOccurrences(of: "'", with: "''"))'", contacts: ["ops@example.com"],
            pluginName: hostile)
        let message = try #require(TeamMailComposer(report: report).compose().messages.first).message
        let mail = try ParsedMail(message.rendered())
        let html = mail.parts[1].text
        #expect(!html.contains("<script"))
        #expect(!html.contains("'q'"))
        #expect(html.contains("<title>Scan report for Ops \(escaped)</title>"))
        #expect(
            html.contains(
                "<h1 style=\"margin:0 0 4px 0;color:#1b1f24;font-family:Arial,Helvetica,sans-serif;font-size:20px\">Scan report for Ops \(escaped)</h1>"
            ))
        #expect(html.contains(">\(escaped)</td>"))
        // Plain text is not HTML: it carries the text as it is.
        #expect(mail.parts[0].text.contains("Medium    \(hostile)\n"))
        #expect(mail.header("Subject") == "Scan report for Ops \(hostile): 0 critical, 0 high, 1 medium")
    }

    @Test("CR and LF in a team name, a title or an address never start a header of their own")
    func headerInjection() throws {
        let report = try MailFixtures.oneTeam(
            name: #""Ops\r\nBcc: evil@example.com""#,
            contacts: [
                "ops@example.com", #""ops@example.com\r\nBcc: evil@example.com""#, #""Ops <ops2@example.com>""#,
                #""two words@example.com""#, #""a,b@example.com""#, "no-at-sign", "ops@example.com",
            ],
            pluginName: "Title\r\nBcc: evil@example.com")
        let composed = TeamMailComposer(report: report).compose()
        #expect(composed.warnings.count == 5)
        #expect(
            composed.warnings.allSatisfy { $0.description.hasPrefix("warning: ") && $0.message.contains("left out") })
        #expect(composed.warnings.allSatisfy { !$0.description.contains("\r") && !$0.description.contains("\n") })
        let message = try #require(composed.messages.first).message
        #expect(message.to == ["ops@example.com"])
        let mail = try ParsedMail(message.rendered())
        #expect(mail.headers("Bcc").isEmpty)
        #expect(!mail.headerBlock.contains("\r\nBcc"))
        #expect(mail.header("To") == "ops@example.com")
        #expect(mail.header("Subject") == "Scan report for Ops Bcc: evil@example.com: 0 critical, 0 high, 1 medium")
        #expect(mail.parts[0].text.contains("Medium    Title Bcc: evil@example.com\n"))

        // The same holds for a message built by hand with unchecked values.
        let forged = MailMessage(
            from: "a@example.com\r\nBcc: evil@example.com", to: ["b@example.com\nBcc: evil@example.com"],
            subject: "Hi\r\nBcc: evil@example.com\r\n\r\nbody", date: Date(timeIntervalSince1970: 0),
            messageID: "x@portreport.invalid", parts: [MailPart(mediaType: "text/plain", text: "hello")])
        let parsed = try ParsedMail(forged.rendered())
        #expect(parsed.headers("Bcc").isEmpty)
        #expect(parsed.fields.count == 8)
    }

    @Test("a team without contacts is skipped with a warning; --team picks teams")
    func skippedTeams() throws {
        let report = try MailFixtures.oneTeam(name: "Ops", contacts: [])
        let composed = TeamMailComposer(report: report).compose()
        #expect(composed.messages.isEmpty)
        #expect(composed.warnings.map(\.message) == ["team 'ops' has no contacts: no message"])
        let invalid = TeamMailComposer(report: try MailFixtures.oneTeam(name: "Ops", contacts: ["'#ops-chat'"]))
            .compose()
        #expect(invalid.messages.isEmpty)
        #expect(invalid.warnings.map(\.message).last == "team 'ops' has no usable contact address: no message")

        let sample = TeamMailComposer(report: try MailFixtures.sample.get())
        #expect(sample.compose(teams: ["network", "payments"]).messages.map(\.team.id) == ["payments", "network"])
    }

    @Test("a non-ASCII team name is RFC 2047-encoded in the subject and decodes back")
    func nonASCIISubject() throws {
        let name = "Identity & Directory — Zürich"
        let report = try MailFixtures.oneTeam(name: "'\(name)'", contacts: ["identity@example.com"])
        let message = try #require(TeamMailComposer(report: report).compose().messages.first).message
        let mail = try ParsedMail(message.rendered())
        let subject = try #require(mail.header("Subject"))
        #expect(subject.contains("=?utf-8?q?"))
        #expect(subject.hasPrefix("Scan report for Identity & Directory =?utf-8?q?"))
        #expect(
            ParsedMail.decodeEncodedWords(subject) == "Scan report for \(name): 0 critical, 0 high, 1 medium")
        #expect(mail.headerBlock.utf8.allSatisfy { $0 < 0x80 })
        #expect(mail.parts[1].text.contains("<title>Scan report for Identity &amp; Directory — Zürich</title>"))
    }
}
