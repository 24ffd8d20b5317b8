/// The quoted-printable transfer encoding (RFC 2045 §6.7): UTF-8 text carried in lines of at
/// most 76 characters of printable ASCII, which every mail transport passes on unchanged, while
/// the text stays readable in the raw message.
public enum QuotedPrintable {
    /// RFC 2045 §6.7 (5): encoded lines are at most 76 characters, the soft line break's `=`
    /// included.
    static let lineLimit = 76

    /// Encodes `text`, whose lines may end in LF, CRLF or CR, with CRLF line breaks.
    ///
    /// Besides what RFC 2045 requires (`=` and bytes outside printable ASCII as `=XX`, white
    /// space at the end of a line encoded, long lines broken with a soft `=`), a `.` or `From `
    /// at the start of an encoded line is encoded too: some transports treat a lone `.` as the
    /// end of the message and mbox files prefix `From ` with `>`, and either would change the
    /// text (the "safe" subset of RFC 2049 §3 (8)).
    public static func encode(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }
            .joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var line = ""
        for index in bytes.indices {
            let isLast = index == bytes.count - 1
            // The last byte of a hard line needs no room for a soft line break after it.
            let limit = isLast ? lineLimit : lineLimit - 1
            var encoded = token(bytes, at: index, lineStart: line.isEmpty)
            if line.count + encoded.count > limit {
                lines.append(line + "=")
                line = ""
                encoded = token(bytes, at: index, lineStart: true)
            }
            line += encoded
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    private static let from = Array("From ".utf8)

    private static func token(_ bytes: [UInt8], at index: Int, lineStart: Bool) -> String {
        let byte = bytes[index]
        let isLast = index == bytes.count - 1
        let literal: Bool
        switch byte {
        case 0x09, 0x20: literal = !isLast
        case UInt8(ascii: "."): literal = !lineStart
        case UInt8(ascii: "F"): literal = !(lineStart && bytes[index...].starts(with: from))
        case UInt8(ascii: "="): literal = false
        default: literal = (0x21...0x7E).contains(byte)
        }
        return literal ? String(UnicodeScalar(byte)) : "=" + HeaderEncoding.hex(byte)
    }
}
