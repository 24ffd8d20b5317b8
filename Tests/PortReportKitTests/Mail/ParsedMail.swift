import Foundation

@testable import PortReportKit

/// A rendered message read back for assertions: header fields unfolded, the multipart body split
/// at its boundary, each part's body decoded. Written independently of the encoders under test.
struct ParsedMail {
    struct Part {
        var headers: [String: String]
        /// The body as transported (quoted-printable).
        var encoded: String
        /// The body decoded, with LF line ends.
        var text: String
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    let raw: String
    /// Field name (lowercased) → unfolded raw value, in order.
    let fields: [(name: String, value: String)]
    let boundary: String
    let preamble: String
    let parts: [Part]

    init(_ raw: String) throws {
        self.raw = raw
        guard let split = raw.range(of: "\r\n\r\n") else { throw Malformed(description: "no blank line") }
        fields = ParsedMail.fields(String(raw[..<split.lowerBound]))
        let contentType = fields.first { $0.name == "content-type" }?.value ?? ""
        guard let start = contentType.range(of: "boundary=\"")?.upperBound,
            let end = contentType[start...].firstIndex(of: "\"")
        else { throw Malformed(description: "no boundary in \(contentType)") }
        boundary = String(contentType[start..<end])
        let body = String(raw[split.upperBound...])
        let delimiter = "\r\n--\(boundary)"
        guard let close = body.range(of: delimiter + "--\r\n"), body.hasSuffix(delimiter + "--\r\n") else {
            throw Malformed(description: "no closing delimiter at the end")
        }
        let chunks = body[..<close.lowerBound].components(separatedBy: delimiter + "\r\n")
        preamble = chunks[0]
        parts = try chunks.dropFirst().map { chunk in
            guard let blank = chunk.range(of: "\r\n\r\n") else { throw Malformed(description: "part without headers") }
            var headers: [String: String] = [:]
            for field in ParsedMail.fields(String(chunk[..<blank.lowerBound])) { headers[field.name] = field.value }
            let encoded = String(chunk[blank.upperBound...])
            return Part(headers: headers, encoded: encoded, text: ParsedMail.decodeQuotedPrintable(encoded))
        }
    }

    /// The unfolded value of the first field called `name`.
    func header(_ name: String) -> String? {
        fields.first { $0.name == name.lowercased() }?.value
    }

    /// Every field called `name`.
    func headers(_ name: String) -> [String] {
        fields.filter { $0.name == name.lowercased() }.map(\.value)
    }

    /// The raw header block, folded as sent.
    var headerBlock: String {
        raw.range(of: "\r\n\r\n").map { String(raw[..<$0.lowerBound]) } ?? raw
    }

    private static func fields(_ block: String) -> [(name: String, value: String)] {
        // RFC 5322 §2.2.3: unfolding removes each CRLF that is followed by white space.
        let unfolded = block.replacingOccurrences(of: "\r\n ", with: " ").replacingOccurrences(of: "\r\n\t", with: "\t")
        return unfolded.components(separatedBy: "\r\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            return (line[..<colon].lowercased(), String(value))
        }
    }

    /// RFC 2045 §6.7 decoding: soft line breaks removed, `=XX` turned back into octets, CRLF
    /// into LF.
    static func decodeQuotedPrintable(_ text: String) -> String {
        let joined = text.replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var utf8 = Array(joined.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "="), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// RFC 2047 decoding of a header value: each encoded-word (`=?utf-8?q?…?=` or `?b?`) becomes
    /// its text, and white space between two adjacent encoded-words is dropped (§6.2).
    static func decodeEncodedWords(_ value: String) -> String {
        let pattern = /=\?([^?]+)\?([qQbB])\?([^?]*)\?=/
        var result = ""
        var rest = value[...]
        var previousWasEncoded = false
        while let match = rest.firstMatch(of: pattern) {
            let gap = rest[..<match.range.lowerBound]
            if !(previousWasEncoded && gap.allSatisfy { $0 == " " || $0 == "\t" }) { result += gap }
            let (_, _, encoding, text) = match.output
            var bytes: [UInt8] = []
            if encoding.lowercased() == "b" {
                bytes = Array(Data(base64Encoded: String(text)) ?? Data())
            } else {
                let qp = text.replacingOccurrences(of: "_", with: " ")
                bytes = Array(decodeQuotedPrintable(qp).utf8)
            }
            result += String(decoding: bytes, as: UTF8.self)
            previousWasEncoded = true
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}
