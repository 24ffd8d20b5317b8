/// Writes header fields that cannot be injected and survive any mail transport: sanitised,
/// RFC 2047-encoded where they carry more than printable ASCII, and folded (RFC 5322 §2.2.3).
///
/// Team names, plugin titles and addresses come from files a stranger may have written, so a
/// CR or LF in them must never start a header line of its own (`Ops\r\nBcc: evil@example.com`).
public enum HeaderEncoding {
    /// Lines stay within 76 characters: RFC 2047 §2 asks that of lines holding encoded-words,
    /// and it is inside RFC 5322's recommended 78.
    static let lineLimit = 76

    /// The longest encoded-word written. RFC 2047 allows 75; 60 leaves room for a header name of
    /// up to 14 characters plus `: ` on the first line, so no line needs to exceed the limit.
    static let encodedWordLimit = 60

    /// `text` on one line: every control character (C0, DEL, C1 including NEL) and the Unicode
    /// line and paragraph separators become a space, runs of white space become one space, and
    /// the ends are trimmed.
    public static func sanitised(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreaking(scalar) || scalar == " " {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Whether a scalar could end a header line or hide in one: controls, DEL, C1, U+2028/U+2029.
    static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    /// An unstructured header field (`Subject:`), sanitised, encoded where needed and folded:
    /// `Subject: Scan report for =?utf-8?q?Z=C3=BCrich?=`, lines joined by CRLF + space.
    ///
    /// Words of printable ASCII stay as they are, so the raw message stays readable. A word is
    /// encoded when it holds anything else, when it contains `=?` (a decoder would take it for an
    /// encoded-word and change the text), or when it is too long to fold; neighbouring encoded
    /// words are encoded together so the space between them survives decoding.
    public static func unstructured(_ name: String, _ value: String) -> String {
        var atoms: [String] = []
        var run: [Substring] = []
        for word in sanitised(value).split(separator: " ") {
            if needsEncoding(word) {
                run.append(word)
                continue
            }
            if !run.isEmpty { atoms += encodedWords(run.joined(separator: " ")) }
            run = []
            atoms.append(String(word))
        }
        if !run.isEmpty { atoms += encodedWords(run.joined(separator: " ")) }
        return fold(name, atoms)
    }

    /// An address-list field (`To:`): addresses separated by commas, folded after a comma.
    ///
    /// The addresses should already be valid (`MailAddress.problem(_:)` returns `nil` for
    /// each); they are sanitised all the same, so that even an unchecked one cannot add a line.
    public static func addressList(_ name: String, _ addresses: [String]) -> String {
        let atoms = addresses.enumerated().map { index, address in
            let clean = sanitised(address).replacingOccurrences(of: " ", with: "")
            return index < addresses.count - 1 ? clean + "," : clean
        }
        return fold(name, atoms)
    }

    /// `name:` followed by the atoms, separated by one space, with a line break (CRLF + space)
    /// before an atom that would take the line past the limit.
    static func fold(_ name: String, _ atoms: [String]) -> String {
        var lines: [String] = []
        var line = sanitised(name) + ":"
        var lineHasAtom = false
        for atom in atoms {
            if lineHasAtom && line.utf8.count + 1 + atom.utf8.count > lineLimit {
                lines.append(line)
                line = ""
            }
            line += " " + atom
            lineHasAtom = true
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    static func needsEncoding(_ word: Substring) -> Bool {
        word.utf8.count > encodedWordLimit || word.contains("=?")
            || word.unicodeScalars.contains { $0.value < 0x21 || $0.value > 0x7E }
    }

    /// `text` as RFC 2047 encoded-words in the "Q" encoding, each at most `encodedWordLimit`
    /// characters and each holding whole characters: a UTF-8 sequence is never split across
    /// two words (RFC 2047 §5 (3)).
    ///
    /// Only letters, digits and `!*+-/` go through as themselves: the set RFC 2047 §5 (3) allows
    /// even in a phrase, so the same words are safe in any header. A space becomes `_`.
    public static func encodedWords(_ text: String) -> [String] {
        let prefix = "=?utf-8?q?"
        let suffix = "?="
        let room = encodedWordLimit - prefix.count - suffix.count
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            let encoded = qEncoded(scalar)
            if !current.isEmpty && current.count + encoded.count > room {
                words.append(prefix + current + suffix)
                current = ""
            }
            current += encoded
        }
        if !current.isEmpty || words.isEmpty { words.append(prefix + current + suffix) }
        return words
    }

    private static func qEncoded(_ scalar: Unicode.Scalar) -> String {
        if scalar == " " { return "_" }
        if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "!*+-/".unicodeScalars.contains(scalar)
        {
            return String(scalar)
        }
        return String(scalar).utf8.map { "=" + hex($0) }.joined()
    }

    /// Two uppercase hex digits, as RFC 2045 and RFC 2047 write octets.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

/// Decides whether a contact is an address a message can go to.
///
/// The check is loose on purpose (`local@domain`, RFC 5322 leaves far more room than real
/// mailboxes use) but strict about everything that could change the meaning of the `To:`
/// field: white space, control characters, commas, angle brackets, quotes and the other
/// RFC 5322 specials.
public enum MailAddress {
    /// Why `text` is not usable as an address, or `nil` when it is.
    public static func problem(_ text: String) -> String? {
        if text.isEmpty { return "it is empty" }
        if text.utf8.count > 254 { return "it is longer than the 254 characters SMTP allows" }
        if let bad = text.unicodeScalars.first(where: { $0.value <= 0x20 || $0.value >= 0x7F }) {
            return bad.value == 0x20
                ? "it contains a space"
                : bad.isASCII
                    ? "it contains a control character" : "it contains non-ASCII text (\(String(bad)))"
        }
        if let special = text.first(where: { "()<>[]:;\\,\"".contains($0) }) {
            return "it contains '\(special)'"
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            return "it is not of the form local@domain"
        }
        let domain = parts[1]
        if domain.hasPrefix(".") || domain.hasSuffix(".") || domain.contains("..") {
            return "its domain '\(domain)' is not a host name"
        }
        return nil
    }
}
