import Foundation
import Testing

@testable import PortReportKit

@Suite("Mail encodings: quoted-printable, RFC 2047 headers, addresses")
struct MailEncodingTests {
    @Test(
        "quoted-printable keeps lines within 76 characters and decodes back to the text",
        arguments: [
            "plain line\nsecond line\n",
            "Zürich — Ωmega 🚀 and = signs = everywhere\r\nCRLF line\rCR line",
            "trailing space \ntrailing tab\t\n",
            String(repeating: "a", count: 200) + "\n" + String(repeating: "é", count: 100),
            String(repeating: "word ", count: 40),
            ".\nFrom the start\n.dot first\n",
            "",
        ])
    func quotedPrintableRoundTrip(text: String) {
        let encoded = QuotedPrintable.encode(text)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 76 }, "\(lines.filter { $0.utf8.count > 76 })")
        #expect(encoded.utf8.allSatisfy { $0 == 0x0D || $0 == 0x0A || (0x20...0x7E).contains($0) })
        #expect(!encoded.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(!encoded.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // No line ends in white space: transports may strip it.
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasSuffix("\t") })
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        #expect(ParsedMail.decodeQuotedPrintable(encoded) == normalised)
    }

    @Test("quoted-printable writes what RFC 2045 asks, and guards '.' and 'From ' at a line start")
    func quotedPrintableDetails() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("Zürich") == "Z=C3=BCrich")
        #expect(QuotedPrintable.encode("end \nnext") == "end=20\r\nnext")
        #expect(QuotedPrintable.encode(".\nFrom here\nnot From here") == "=2E\r\n=46rom here\r\nnot From here")
        let long = QuotedPrintable.encode(String(repeating: "x", count: 80))
        #expect(long == String(repeating: "x", count: 75) + "=\r\n" + String(repeating: "x", count: 5))
        // An escape is never split by a soft line break.
        let escapes = QuotedPrintable.encode(String(repeating: "x", count: 74) + "é")
        #expect(escapes == String(repeating: "x", count: 74) + "=\r\n=C3=A9")
        // A line of exactly 76 characters needs no soft break.
        #expect(QuotedPrintable.encode(String(repeating: "y", count: 76)) == String(repeating: "y", count: 76))
    }

    @Test("sanitising puts a header value on one line")
    func sanitising() {
        #expect(HeaderEncoding.sanitised("Ops\r\nBcc: evil@example.com") == "Ops Bcc: evil@example.com")
        #expect(HeaderEncoding.sanitised("  a\t\tb\u{0}c\u{85}d\u{2028}e\u{7F}  ") == "a b c d e")
        #expect(HeaderEncoding.sanitised("Zürich — ok") == "Zürich — ok")
    }

    @Test(
        "encoded headers decode back to the text, with lines of at most 76 characters",
        arguments: [
            "Scan report for Identity & Directory — Zürich: 1 critical, 0 high, 11 medium",
            "Zürich",
            "日本語のチーム名: 3 critical",
            "ascii with a literal =?utf-8?q?fake?= encoded-word",
            String(repeating: "Zürich ", count: 30),
            String(repeating: "x", count: 200),
            "emoji 👩‍💻 team",
            "a  b\r\nBcc: c",
        ])
    func encodedWordsRoundTrip(text: String) throws {
        let field = HeaderEncoding.unstructured("Subject", text)
        let lines = field.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 76 }, "\(lines)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(field.utf8.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x0D || $0 == 0x0A })
        let unfolded = field.replacingOccurrences(of: "\r\n ", with: " ")
        let value = try #require(unfolded.split(separator: ":", maxSplits: 1).last).dropFirst()
        #expect(ParsedMail.decodeEncodedWords(String(value)) == HeaderEncoding.sanitised(text))
    }

    @Test("only the words that need it are encoded")
    func partialEncoding() {
        #expect(HeaderEncoding.unstructured("Subject", "Plain ASCII subject") == "Subject: Plain ASCII subject")
        #expect(
            HeaderEncoding.unstructured("Subject", "Directory — Zürich: 1 high")
                == "Subject: Directory =?utf-8?q?=E2=80=94_Z=C3=BCrich=3A?= 1 high")
        // A literal encoded-word in the text must not be decoded by the reader's client.
        #expect(HeaderEncoding.unstructured("Subject", "=?utf-8?q?x?=").hasPrefix("Subject: =?utf-8?q?=3D=3Futf-8"))
    }

    @Test("address lists fold after a comma")
    func addressList() {
        let addresses = (1...6).map { "team-member-\($0)@example.com" }
        let field = HeaderEncoding.addressList("To", addresses)
        #expect(field.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(field.replacingOccurrences(of: "\r\n ", with: " ") == "To: " + addresses.joined(separator: ", "))
    }

    @Test(
        "addresses are checked loosely but nothing that changes the To: field passes",
        arguments: [
            ("payments-oncall@example.com", true), ("a.b+tag@sub.example.co.uk", true), ("x@localhost", true),
            ("", false), ("no-at-sign", false), ("two@@example.com", false), ("a@b@example.com", false),
            ("@example.com", false), ("local@", false), ("with space@example.com", false),
            ("a,b@example.com", false), ("Name <a@example.com>", false), ("<a@example.com>", false),
            ("a@example.com\r\nBcc: evil@example.com", false), ("a@example.com\n", false),
            ("\"quoted\"@example.com", false), ("a@example..com", false), ("a@.example.com", false),
            ("zürich@example.com", false), ("a;b@example.com", false), ("a@exa(mple).com", false),
        ])
    func addresses(address: String, valid: Bool) {
        #expect(
            (MailAddress.problem(address) == nil) == valid, "\(address): \(MailAddress.problem(address) ?? "valid")")
    }

    @Test("the date is RFC 5322's, in UTC")
    func date() {
        #expect(MailMessage.dateText(Date(timeIntervalSince1970: 0)) == "Thu, 1 Jan 1970 00:00:00 +0000")
        #expect(MailMessage.dateText(Date(timeIntervalSince1970: 1_795_496_700)) == "Tue, 24 Nov 2026 05:05:00 +0000")
    }
}
