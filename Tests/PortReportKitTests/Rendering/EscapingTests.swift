import Foundation
import Testing

@testable import PortReportKit

@Suite("Escaping of untrusted text")
struct EscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'q'"#
    static let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"

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
