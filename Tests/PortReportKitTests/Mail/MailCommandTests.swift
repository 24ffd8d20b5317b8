import Foundation
import Testing

/// Runs `portreport mail` as a user would.
@Suite("The portreport mail command", .serialized)
struct MailCommandTests {
    static var sample: String { MailFixtures.sampleConfiguration }

    @Test("writes one .eml per team with contacts and exits 0")
    func sample() throws {
        try #require(FileManager.default.fileExists(atPath: CommandTests.executable.path))
        let out = try TestFiles.folder().appendingPathComponent("mail")
        let run = try CommandTests.run(["mail", "--config", MailCommandTests.sample, "--out", out.path])
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(run.output.hasPrefix("Wrote 5 messages to \(out.path)\n"))
        #expect(
            run.output.contains(
                "  payments.eml: to payments-oncall@example.com: Scan report for Payments: 1 critical, 0 high, 11 medium\n"
            ))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["data.eml", "identity.eml", "network.eml", "payments.eml", "web-platform.eml"])
        let payments = try String(contentsOf: out.appendingPathComponent("payments.eml"), encoding: .utf8)
        let mail = try ParsedMail(payments)
        #expect(mail.header("To") == "payments-oncall@example.com")
        #expect(payments == (try MailFixtures.sampleMessage("payments").rendered()))
        // No staging folder is left beside the output.
        let beside = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(beside == ["mail"])

        // A second run with --team replaces the folder: it holds exactly that run's messages.
        let again = try CommandTests.run([
            "mail", "--config", MailCommandTests.sample, "--out", out.path, "--team", "network", "--from",
            "scanner@example.com", "--base-url", "https://share.example.com/scans", "--quiet",
        ])
        #expect(again.status == 0)
        #expect(again.output == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["network.eml"])
        let network = try ParsedMail(String(contentsOf: out.appendingPathComponent("network.eml"), encoding: .utf8))
        #expect(network.header("From") == "scanner@example.com")
        #expect(network.parts[0].text.contains("https://share.example.com/scans/teams/network/index.html"))
    }

    @Test("--sendmail pipes each message to the program; a failure exits 1 after trying every team")
    func sendmail() throws {
        let out = try TestFiles.folder().appendingPathComponent("mail")
        let good = try FakeSendmail.recording()
        let sent = try CommandTests.run([
            "mail", "--config", MailCommandTests.sample, "--out", out.path, "--team", "payments", "--sendmail",
            good.path,
        ])
        #expect(sent.status == 0)
        #expect(sent.output.hasSuffix("Sent 1 of 1 through \(good.path)\n"))
        let received = try Data(contentsOf: good.deletingLastPathComponent().appendingPathComponent("stdin"))
        #expect(received == (try Data(contentsOf: out.appendingPathComponent("payments.eml"))))

        let bad = try FakeSendmail.recording(status: 1, error: "no route to mail.example.com")
        let failed = try CommandTests.run([
            "mail", "--config", MailCommandTests.sample, "--out", out.path, "--sendmail", bad.path,
        ])
        #expect(failed.status == 1)
        let errors = failed.error.split(separator: "\n")
        #expect(errors.count == 5)
        #expect(
            errors.first
                == "error: team 'payments': \(bad.path) exited with status 1: no route to mail.example.com")
        #expect(failed.output.hasSuffix("Sent 0 of 5 through \(bad.path)\n"))
        // The messages are written all the same.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 5)
    }

    @Test(
        "bad usage exits 64",
        arguments: [
            ["mail", "--team", "nope"], ["mail", "--from", "not an address"], ["mail", "--from", "a@b\r\nBcc: c@d"],
            ["mail", "--base-url", "javascript:alert(1)"], ["mail", "--sendmail", "/nonexistent/sendmail"],
            ["mail", "--bogus"],
        ])
    func usage(arguments: [String]) throws {
        // In a folder of its own: a case that wrongly passed validation would write mail/ there.
        let run = try CommandTests.run(
            arguments + ["--config", MailCommandTests.sample, "--out", "mail"], in: try TestFiles.folder())
        #expect(run.status == 64, "\(arguments): \(run.error)")
        if arguments.contains("nope") {
            #expect(run.error.contains("--team 'nope' is not a team of the configuration"))
        }
    }

    @Test("an output folder holding other files is not replaced: exit 2 and the files stay")
    func foreignFolder() throws {
        let out = try TestFiles.folder()
        let notes = out.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: notes)
        let run = try CommandTests.run(["mail", "--config", MailCommandTests.sample, "--out", out.path])
        #expect(run.status == 2)
        #expect(run.error.contains("holds 'notes.txt', which is not a message"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "keep me")
    }

    @Test("--help explains every option")
    func help() throws {
        let run = try CommandTests.run(["mail", "--help"])
        #expect(run.status == 0)
        for option in ["--config", "--out", "--from", "--sendmail", "--base-url", "--team", "-t -i", "Exit codes"] {
            #expect(run.output.contains(option), "\(option) missing from help")
        }
    }
}
