import Foundation
import Testing

@testable import PortReportKit

@Suite("End to end on the Sample", .serialized)
struct EndToEndTests {
    static func buildSample(into output: URL) throws -> BuildOutcome {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        options.output = output.path
        return try ReportPipeline.build(options)
    }

    @Test("explanations that cannot be read stop the build with their error, and no site is written")
    func unreadableExplanations() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        options.output = output.path
        let missing = try TestFiles.folder().appendingPathComponent("no-such-explanations").path
        options.explanations = missing
        #expect {
            try ReportPipeline.build(options)
        } throws: { error in
            guard let failure = error as? PortReportError else { return false }
            return failure.step == .explaining && failure.path?.hasPrefix(missing) == true
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("the site map is complete and every relative link and anchor resolves")
    func siteMap() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        let outcome = try EndToEndTests.buildSample(into: output)
        #expect(!outcome.hasFailedInputs)
        #expect(outcome.inputs.map(\.records) == [415, 182, 517, 7])
        #expect(outcome.inputs.map(\.format) == ["nessus", "nmap", "nessus", "openvas"])
        let site = SiteFiles(root: output)
        let paths = Set(site.paths)
        for required in [
            "index.html", "style.css", "unassigned.html", "data/findings.json", "teams/payments/index.html",
            "teams/web-platform/index.html", "teams/identity/index.html", "teams/data/index.html",
            "teams/network/index.html", "hosts/billing-db.html", "hosts/203-0-113-10.html", "services/443-tcp.html",
            "services/161-udp.html", "findings/nessus-97833.html",
        ] {
            #expect(paths.contains(required), "missing \(required)")
        }
        var checked = 0
        for path in paths where path.hasSuffix(".html") {
            for link in try site.links(in: path) {
                #expect(!link.contains("://"), "absolute link \(link) in \(path)")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : SiteFiles.resolve(parts[0], from: path)
                let exists = paths.contains(target)
                #expect(exists, "\(path) links to missing \(link)")
                if parts.count == 2, exists {
                    let found = try site.ids(in: target).contains(parts[1])
                    #expect(found, "\(path) links to missing anchor \(link)")
                }
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test("the Sample's special cases show where they should")
    func sampleCases() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        _ = try EndToEndTests.buildSample(into: output)
        let site = SiteFiles(root: output)
        // The host with two addresses is one asset owned through the asset rule.
        let billing = try site.text("hosts/billing-db.html")
        #expect(billing.contains("<dd>10.20.4.5, 192.0.2.45</dd>"))
        #expect(billing.contains("on 192.0.2.45"))
        // The VIP finding reaches the backend team with its path.
        let web = try site.text("teams/web-platform/index.html")
        #expect(web.contains("203.0.113.10:443/tcp (edge-lb) -&gt; 10.30.0.7:8443, 10.30.0.8:8443"))
        // And the pool member's own port row says which VIP reaches it.
        let member = try site.text("hosts/10-30-0-7.html")
        #expect(member.contains("Reached through the load balancer at 203.0.113.10:443/tcp (edge-lb)"))
        // Team pages say why each asset is theirs.
        let payments = try site.text("teams/payments/index.html")
        #expect(payments.contains("it is the configured asset billing-db (rule &quot;asset: billing-db&quot;"))
        // Unassigned hosts are listed with the closest rules.
        let unassigned = try site.text("unassigned.html")
        #expect(unassigned.contains("legacy-mx.example.com"))
        #expect(unassigned.contains("Closest rules:"))
        // Explanations are on the team page, through libcmark.
        #expect(payments.contains("<h4>What listens here</h4>"))
        // The index lists the inputs.
        let index = try site.text("index.html")
        #expect(index.contains("example-corp-internal.nessus</code></th><td>nessus</td><td class=\"num\">517</td>"))
    }

    @Test("two builds of the Sample give byte-identical trees")
    func deterministic() throws {
        let first = try TestFiles.folder().appendingPathComponent("a")
        let second = try TestFiles.folder().appendingPathComponent("b")
        _ = try EndToEndTests.buildSample(into: first)
        _ = try EndToEndTests.buildSample(into: second)
        let left = SiteFiles(root: first)
        let right = SiteFiles(root: second)
        #expect(left.paths == right.paths)
        for path in left.paths {
            let a = try Data(contentsOf: first.appendingPathComponent(path))
            let b = try Data(contentsOf: second.appendingPathComponent(path))
            #expect(a == b, "\(path) differs")
        }
    }

    @Test("data/findings.json holds every shown finding with its team and reason")
    func findingsJSON() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        let outcome = try EndToEndTests.buildSample(into: output)
        let data = try Data(contentsOf: output.appendingPathComponent("data/findings.json"))
        let records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(records.count == outcome.findingsBySeverity.values.reduce(0, +) + outcome.suppressed)
        let suppressed = records.filter { $0["suppressed"] != nil }
        #expect(suppressed.count == 17)
        #expect(suppressed.allSatisfy { $0["plugin_id"] as? String == "10114" })
        let vip = try #require(
            records.first { $0["address"] as? String == "203.0.113.10" && $0["port"] as? Int == 443 })
        #expect(vip["team"] as? String == "web-platform")
        #expect(
            vip["load_balancer_path"] as? String == "203.0.113.10:443/tcp (edge-lb) -> 10.30.0.7:8443, 10.30.0.8:8443")
        #expect((vip["attribution"] as? String)?.contains("endpoint: 203.0.113.10:443/tcp") == true)
    }

    @Test("a failed input is listed on the index and the rest still builds; the old site is replaced whole")
    func failedInput() throws {
        let folder = try TestFiles.folder()
        let broken = folder.appendingPathComponent("broken.nessus")
        try Data("<NessusClientData_v2><Report>".utf8).write(to: broken)
        let output = folder.appendingPathComponent("site")
        // A previous site: it is replaced whole, so a page the new build does not write goes.
        try FileManager.default.createDirectory(
            at: output.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("[]".utf8).write(to: output.appendingPathComponent("data/inputs.json"))
        try Data("old".utf8).write(to: output.appendingPathComponent("stale.html"))
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        options.inputs = [TestFiles.repository.appendingPathComponent("Sample/scans").path, broken.path]
        options.output = output.path
        let outcome = try ReportPipeline.build(options)
        #expect(outcome.hasFailedInputs)
        #expect(outcome.inputs.last?.error?.hasPrefix("\(broken.path):1:") == true)
        let index = try SiteFiles(root: output).text("index.html")
        #expect(index.contains("Some scan files could not be read"))
        #expect(index.contains("broken.nessus"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}

@Suite("Several scanners on the Sample")
struct MergedScannersTests {
    @Test("Nmap's product enriches the Nessus port row; OpenVAS results land on the same assets")
    func merged() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        _ = try EndToEndTests.buildSample(into: output)
        let site = SiteFiles(root: output)
        let vip = try site.text("hosts/203-0-113-10.html")
        #expect(vip.contains("product: nginx 1.18.0"))
        let redis = try site.text("hosts/10-50-0-13.html")
        #expect(redis.contains("Redis Server No Password"))
        let jump = try site.text("hosts/10-40-5-10.html")
        #expect(jump.contains("2001:db8:30::30"))
    }
}
