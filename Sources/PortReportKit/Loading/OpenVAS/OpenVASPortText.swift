import Foundation

/// Reads the text of an OpenVAS `<port>` in every form GMP and older OpenVAS wrote it.
enum OpenVASPortText {
    enum Parsed: Equatable {
        /// `general/tcp`, `general/CPE-T`, `0/tcp`, or no port at all: the host as a whole.
        case hostLevel
        /// A port, with the service name the text gave, and whether that name is only the IANA
        /// name of the port number (`445/tcp (IANA: microsoft-ds)`).
        case port(Port, service: String?, guessed: Bool)
        case skip(SkipReason)
    }

    /// Parses `443/tcp`, `general/tcp`, `general/CPE-T`, `445/tcp (IANA: microsoft-ds)`,
    /// `http (80/tcp)` and a bare `80` (read as tcp), ignoring surrounding white space.
    ///
    /// An empty text is host-level. A number outside 0–65535 or a word other than `general`
    /// before the slash is a bad port; an unknown protocol after a port number is a bad
    /// transport.
    static func parse(_ text: String?) -> Parsed {
        var portPart = (text ?? "").trimmed
        var service: String?
        var guessed = false
        if portPart.hasSuffix(")"), let open = portPart.lastIndex(of: "(") {
            let inner = portPart[portPart.index(after: open)..<portPart.index(before: portPart.endIndex)]
                .trimmed
            let before = portPart[..<open].trimmed
            if inner.lowercased().hasPrefix("iana:") {
                service = LoaderText.nonEmpty(String(inner.dropFirst(5)))
                guessed = true
                portPart = before
            } else {
                service = LoaderText.nonEmpty(before)
                portPart = inner
            }
        }
        if portPart.isEmpty { return .hostLevel }
        let pieces = portPart.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let numberText = pieces[0].trimmed
        if numberText.lowercased() == "general" { return .hostLevel }
        guard let number = Int(numberText), (0...65535).contains(number) else { return .skip(.badPort) }
        if number == 0 { return .hostLevel }
        let transportText = pieces.count > 1 ? pieces[1].trimmed : "tcp"
        guard let transport = Transport(text: transportText) else { return .skip(.badTransport) }
        return .port(Port(number: number, transport: transport), service: service?.lowercased(), guessed: guessed)
    }
}
