import Foundation

/// One body of a message: a `text/*` media type and its text, sent as UTF-8 in quoted-printable.
public struct MailPart: Sendable, Hashable {
    /// `text/plain` or `text/html`.
    public var mediaType: String
    /// The body as written, with any line endings; `rendered()` encodes it.
    public var text: String

    public init(mediaType: String, text: String) {
        self.mediaType = mediaType
        self.text = text
    }
}

/// An Internet message (RFC 5322) with MIME bodies (RFC 2045, RFC 2046): the headers a report
/// mail needs and its alternative bodies, rendered as the exact octets to hand to an MTA.
///
/// The values are kept as plain text; `rendered()` does all the sanitising, RFC 2047 encoding,
/// folding and quoted-printable encoding, so no caller can forget it.
public struct MailMessage: Sendable, Hashable {
    /// The `From:` address.
    public var from: String
    /// The `To:` addresses; each must be valid (`MailAddress.problem(_:)` is `nil`).
    public var to: [String]
    /// The `Subject:` as text; encoded when rendered.
    public var subject: String
    /// The `Date:`.
    public var date: Date
    /// The `Message-ID:` without its angle brackets: `id-left@id-right`.
    public var messageID: String
    /// The alternatives, least preferred first as RFC 2046 §5.1.4 orders them (plain text, then
    /// HTML).
    public var parts: [MailPart]

    public init(from: String, to: [String], subject: String, date: Date, messageID: String, parts: [MailPart]) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.parts = parts
    }

    /// The message as sent: header fields, then a `multipart/alternative` body, every line
    /// ended by CRLF and none longer than 78 characters.
    public func rendered() -> String {
        let bodies = parts.map { QuotedPrintable.encode($0.text) }
        // Quoted-printable writes `=` only before two hex digits or a line break, so no encoded
        // body can contain `=_`: a boundary starting with it cannot occur in the parts (the
        // strategy RFC 2045 §6.7 recommends). The hash makes it differ between messages, so a
        // message quoted inside another cannot end it early either.
        let boundary = "=_portreport_" + MailMessage.hash(bodies.joined(separator: "\n"))
        var lines = [
            HeaderEncoding.addressList("From", [from]),
            HeaderEncoding.addressList("To", to),
            HeaderEncoding.unstructured("Subject", subject),
            "Date: " + MailMessage.dateText(date),
            "Message-ID: <\(messageID)>",
            // RFC 3834: tells auto-responders (vacation replies, ticket systems) not to answer.
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"",
            "",
            "This is a MIME message: read it in a mail program.",
        ]
        for (part, body) in zip(parts, bodies) {
            lines += [
                "--" + boundary,
                "Content-Type: \(part.mediaType); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                body,
            ]
        }
        lines.append("--" + boundary + "--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `Tue, 24 Nov 2026 02:10:11 +0000`: the RFC 5322 §3.3 date-time, in UTC.
    public static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, d MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// FNV-1a (64 bits) over the UTF-8 bytes, as 16 hex digits: stable across runs and
    /// platforms, which `Hasher` is not. Used for names that must not change between two runs,
    /// not for security.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
