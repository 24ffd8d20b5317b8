import Foundation
import Testing

@testable import PortReportKit

@Suite("Escaping of untrusted text")
struct EscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'q'"#
    static let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"

    /// Escaping one character at a time: the reference for the eight-at-a-time escaper.
    static func reference(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    @Test("every special character is escaped wherever it falls in the eight-byte steps, in any length")
    func escaperAtEveryOffset() {
        let specials: [Character] = ["&", "<", ">", "\"", "'"]
        for length in 0...20 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var characters = Array(repeating: Character("a"), count: length)
                    if position < length { characters[position] = special }
                    // A special byte in every lane of a word, and non-ASCII around it.
                    let text = String(characters) + "é✓" + String(characters.reversed())
                    #expect(HTMLBuffer.escaped(text) == EscapingTests.reference(text), "\(text.debugDescription)")
                }
            }
        }
        // Escaped by byte, not by Character: a quote followed by a combining mark is one Character
        // (swift-mustache would leave it alone) but still ends an HTML attribute value.
        #expect(HTMLBuffer.escaped("a\"\u{301} onmouseover=x") == "a&quot;\u{301} onmouseover=x")
        #expect(HTMLBuffer.escaped("<\u{301}&\u{301}") == "&lt;\u{301}&amp;\u{301}")
        let dense = String(repeating: "<&>\"'", count: 7) + "0123456789=?;:!#$%()*+,-./@[]^_`{|}~"
        #expect(HTMLBuffer.escaped(dense) == EscapingTests.reference(dense))
        // Bytes just off the special ones (0x21, 0x23, 0x25, 0x28, 0x3B, 0x3D, 0x3F, 0xA6, 0xBC) pass.
        let near = "!#%(;=?\u{A6}\u{BC}\u{3C3C}\u{2626}"
        #expect(HTMLBuffer.escaped(near) == near)
    }

    @Test("banners, host names, plugin names and team names come out escaped in text and attributes")
    func everythingEscaped() throws {
        let xml = EscapingTests.hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let scan = try TestFiles.write(
            NessusFixture.document(
                NessusFixture.host(
                    xml, tags: ["host-ip": "10.0.0.1", "operating-system": xml],
                    items: NessusFixture.item(
                        port: "80", service: "www", pluginID: "10107", name: xml, family: "Web Servers",
                        children: "<plugin_output>\(xml)</plugin_output><description>\(xml)</description>"))))
        let folder = try TestFiles.folder()
        let config = folder.appendingPathComponent("portreport.yml")
        let teamName = #"Ops <script>alert("x")</script> & 'q'"#
        try Data(
            "teams:\n  - id: ops\n    name: '\(teamName.replacingOccurrences(of: "'", with: "''"))'\n    owns:\n      - cidr: 10.0.0.0/8\n"
                .utf8
        )
        .write(to: config)
        var options = BuildOptions()
        options.configurationPath = config.path
        options.inputs = [scan]
        options.output = folder.appendingPathComponent("site").path
        _ = try ReportPipeline.build(options)
        let site = SiteFiles(root: folder.appendingPathComponent("site"))

        let team = try site.text("teams/ops/index.html")
        #expect(!team.contains("<script>"))
        #expect(team.contains("Ops \(EscapingTests.escaped)"))  // team name, in text
        #expect(team.contains("data-search=\"\(EscapingTests.escaped)\""))  // plugin name, in an attribute
        #expect(team.contains("<pre class=\"banner\">\(EscapingTests.escaped)</pre>"))  // banner
        // The host name, in an attribute:
        #expect(team.contains("data-search=\"\(EscapingTests.escaped) 10.0.0.1 \(EscapingTests.escaped)\""))
        for path in site.paths where path.hasSuffix(".html") {
            let html = try site.text(path)
            #expect(!html.contains("<script>alert"), "raw script in \(path)")
            #expect(!html.contains("'q'"), "raw quote in \(path)")
        }
        let finding = try site.text("findings/nessus-10107.html")
        #expect(finding.contains("<h1>\(EscapingTests.escaped)</h1>"))
        #expect(finding.contains("<p class=\"text\">\(EscapingTests.escaped)</p>"))
    }

    @Test("a hostile plugin id never becomes a raw file name")
    func fileNames() {
        let links = SiteLinks(plugins: [PluginKey(scanner: .nessus, id: "../../etc/passwd")])
        #expect(links.finding(PluginKey(scanner: .nessus, id: "../../etc/passwd")) == "findings/nessus-etc-passwd.html")
    }
}
