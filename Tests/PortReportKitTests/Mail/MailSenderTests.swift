import Foundation
import Testing

@testable import PortReportKit

/// Fake `sendmail` programs, written by the tests as shell scripts.
enum FakeSendmail {
    /// A program that records its arguments (one per line) in `args` and its input in `stdin`
    /// beside itself, then exits with `status`, writing `error` to standard error.
    static func recording(status: Int = 0, error: String = "") throws -> URL {
        let folder = try TestFiles.folder()
        return try write(
            """
            #!/bin/sh
            printf '%s\\n' "$@" > '\(folder.path)/args'
            cat > '\(folder.path)/stdin'
            \(error.isEmpty ? "" : "echo '\(error)' >&2")
            exit \(status)
            """, in: folder)
    }

    /// A program that exits at once with `status` without reading its input.
    static func refusing(status: Int, error: String) throws -> URL {
        try write("#!/bin/sh\necho '\(error)' >&2\nexit \(status)\n", in: try TestFiles.folder())
    }

    private static func write(_ script: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("sendmail")
        try Data(script.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}

@Suite("Sending through a sendmail-compatible program")
struct MailSenderTests {
    @Test("the program is run as 'PROGRAM -t -i' and receives the rendered message, byte for byte")
    func sends() throws {
        let program = try FakeSendmail.recording()
        let message = try MailFixtures.sampleMessage("payments")
        try MailSender(program: program.path).send(message)
        let folder = program.deletingLastPathComponent()
        let arguments = try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)
        #expect(arguments == "-t\n-i\n")
        let received = try Data(contentsOf: folder.appendingPathComponent("stdin"))
        #expect(received == Data(message.rendered().utf8))
    }

    @Test("a program that exits 1 is reported with its status and what it wrote on stderr")
    func failure() throws {
        let program = try FakeSendmail.recording(status: 1, error: "msmtp: cannot connect to mail.example.com")
        let message = try MailFixtures.sampleMessage("payments")
        let error = try #require(throws: MailSendError.self) { try MailSender(program: program.path).send(message) }
        #expect(error.status == 1)
        #expect(error.standardError == "msmtp: cannot connect to mail.example.com")
        #expect(error.description == "\(program.path) exited with status 1: msmtp: cannot connect to mail.example.com")
    }

    @Test("a program that does not read the message fails without ending the caller (no SIGPIPE)")
    func unread() throws {
        // Larger than any pipe buffer, so the write meets the closed pipe.
        let large = Data(repeating: UInt8(ascii: "x"), count: 4 << 20)
        let refusing = try FakeSendmail.refusing(status: 75, error: "queue full")
        let error = try #require(throws: MailSendError.self) { try MailSender(program: refusing.path).send(large) }
        #expect(error.status == 75)
        #expect(error.standardError == "queue full")
        let quitting = try FakeSendmail.refusing(status: 0, error: "")
        let unread = try #require(throws: MailSendError.self) { try MailSender(program: quitting.path).send(large) }
        #expect(unread.status == 0)
        #expect(unread.reason == "exited before reading the whole message")
    }

    @Test("a program that cannot be started is reported")
    func missing() throws {
        let error = try #require(throws: MailSendError.self) {
            try MailSender(program: "/nonexistent/sendmail").send(Data("x".utf8))
        }
        #expect(error.status == nil)
        #expect(error.reason.hasPrefix("could not be started"))
    }
}
