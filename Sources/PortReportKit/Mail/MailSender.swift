import Foundation

/// Why a message could not be handed to the mail program.
public struct MailSendError: Error, Sendable, CustomStringConvertible {
    /// The program that was run.
    public var program: String
    /// Its exit status; `nil` when it could not be started or was killed by a signal.
    public var status: Int32?
    /// What went wrong, in words.
    public var reason: String
    /// What the program wrote on standard error, trimmed (often the MTA's own explanation).
    public var standardError: String

    /// `/usr/sbin/sendmail exited with status 75: msmtp: cannot connect to mail.example.com`.
    public var description: String {
        standardError.isEmpty ? "\(program) \(reason)" : "\(program) \(reason): \(standardError)"
    }
}

/// Hands messages to a local mail program the way every Unix MTA (sendmail, Postfix, Exim) and
/// msmtp accept them: `PROGRAM -t -i`, the message on standard input.
///
/// `-t` takes the recipients from the `To:` field, so the command line carries no address; `-i`
/// stops a line holding a single `.` from ending the message early.
public struct MailSender: Sendable {
    /// The path of the program (`/usr/sbin/sendmail`, `/usr/bin/msmtp`).
    public var program: String

    public init(program: String) {
        self.program = program
    }

    /// Runs the program once with the rendered message on its standard input and waits for it.
    ///
    /// - Throws: `MailSendError` when the program cannot be started, does not read the whole
    ///   message, is killed by a signal or exits with a status other than 0.
    public func send(_ message: MailMessage) throws(MailSendError) {
        try send(Data(message.rendered().utf8))
    }

    /// Runs the program once with `octets` on its standard input and waits for it.
    ///
    /// - Throws: `MailSendError`, as `send(_:)` with a message.
    public func send(_ octets: Data) throws(MailSendError) {
        _ = MailSender.brokenPipeHandled
        let manager = FileManager.default
        // Standard error goes to a file rather than a pipe: a program that writes more than a
        // pipe holds before reading its input would otherwise block forever, and so would we.
        let errorFile = manager.temporaryDirectory.appendingPathComponent("portreport-sendmail-\(UUID().uuidString)")
        guard manager.createFile(atPath: errorFile.path, contents: nil),
            let errorHandle = try? FileHandle(forWritingTo: errorFile)
        else {
            throw failure(nil, "could not be run: cannot create a temporary file in \(manager.temporaryDirectory.path)")
        }
        defer {
            try? errorHandle.close()
            try? manager.removeItem(at: errorFile)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-t", "-i"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        do {
            try process.run()
        } catch {
            throw failure(nil, "could not be started: \(error.localizedDescription)")
        }
        var unread = false
        do {
            try input.fileHandleForWriting.write(contentsOf: octets)
        } catch {
            // The program closed its input (or exited) before reading all of it.
            unread = true
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()

        let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        let output = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        if process.terminationReason == .uncaughtSignal {
            throw failure(nil, "was killed by signal \(process.terminationStatus)", output)
        }
        if process.terminationStatus != 0 {
            throw failure(process.terminationStatus, "exited with status \(process.terminationStatus)", output)
        }
        if unread {
            throw failure(0, "exited before reading the whole message", output)
        }
    }

    private func failure(_ status: Int32?, _ reason: String, _ output: String = "") -> MailSendError {
        MailSendError(program: program, status: status, reason: reason, standardError: output)
    }

    /// Writing to a program that has exited raises SIGPIPE, which would end portreport without a
    /// word. With a handler that does nothing, the write fails with EPIPE instead and the failure
    /// is reported. A handler rather than SIG_IGN: an ignored signal stays ignored in the
    /// programs we start, a handled one is reset to the default when they start, so the mail
    /// program behaves as it would from a shell.
    private static let brokenPipeHandled: Void = {
        _ = signal(SIGPIPE) { _ in }
    }()
}
