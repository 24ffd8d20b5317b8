import Foundation
import Testing

@testable import PortReportKit

@Suite("CSV exports and the search index")
struct ExportTests {
    @Test("cells a spreadsheet would read as formulas are neutralised")
    func formulaInjection() {
        #expect(FindingsCSV.neutralise("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(FindingsCSV.neutralise("+1") == "'+1")
        #expect(FindingsCSV.neutralise("-2") == "'-2")
        #expect(FindingsCSV.neutralise("@SUM(A1)") == "'@SUM(A1)")
        #expect(FindingsCSV.neutralise("\tx") == "'\tx")
        #expect(FindingsCSV.neutralise("\rx") == "'\rx")
        #expect(FindingsCSV.neutralise("10.0.0.1") == "10.0.0.1")
        #expect(FindingsCSV.neutralise("") == "")
    }

    @Test("findings.csv holds every shown finding; each team's CSV holds what its page shows")
    func csvFiles() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        let outcome = try EndToEndTests.buildSample(into: output)
        let all = try String(contentsOf: output.appendingPathComponent("data/findings.csv"), encoding: .utf8)
        let lines = all.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == FindingsCSV.header.joined(separator: ","))
        // Quoted cells may span lines; count records by their fingerprint column instead.
        let records = all.components(separatedBy: "\r\n").filter {
            $0.hasSuffix("/tcp") || $0.hasSuffix("|host") || $0.hasSuffix("/udp")
        }
        #expect(records.count == outcome.findingsBySeverity.values.reduce(0, +) + outcome.suppressed)
        let payments = try String(contentsOf: output.appendingPathComponent("data/teams/payments.csv"), encoding: .utf8)
        #expect(payments.contains("payments,critical,10-20-1-10,pay-app-01.pay.example.com,10.20.1.10"))
        #expect(!payments.contains("\r\nnetwork,"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("data/unassigned.csv").path))
        let team = try SiteFiles(root: output).text("teams/payments/index.html")
        #expect(team.contains("<a href=\"../../data/teams/payments.csv\">Download them as CSV</a>"))
    }

    @Test("the search index lists teams, systems, services and findings with their pages")
    func searchIndex() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        _ = try EndToEndTests.buildSample(into: output)
        let script = try String(contentsOf: output.appendingPathComponent("search-index.js"), encoding: .utf8)
        #expect(script.hasPrefix("window.PORTREPORT_SEARCH = [["))
        let json = String(script.dropFirst("window.PORTREPORT_SEARCH = ".count).dropLast(2))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]])
        #expect(
            entries.contains(["team", "Payments", "payments payments-oncall@example.com", "teams/payments/index.html"]))
        let billing = try #require(entries.first { $0[1] == "billing-db" })
        #expect(billing[0] == "system")
        #expect(billing[2].contains("10.20.4.5") && billing[2].contains("192.0.2.45"))
        #expect(billing[3] == "hosts/billing-db.html")
        #expect(
            entries.contains { $0[0] == "service" && $0[1].hasPrefix("443/tcp ") && $0[3] == "services/443-tcp.html" })
        #expect(entries.contains { $0[0] == "finding" && $0[2].contains("CVE-2017-0144") })
    }
}

@Suite("CSV quoting")
struct CSVQuotingTests {
    @Test("fields with commas, quotes and line breaks are quoted as RFC 4180 says; the rest are not")
    func quoting() throws {
        var record = CSVQuotingTests.sample()
        record.evidence = "line 1\r\nline \"2\", end"
        record.pluginName = "plain"
        let text = String(decoding: FindingsCSV.csv([record]), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == FindingsCSV.header.joined(separator: ","))
        #expect(text.contains(",plain,"))
        #expect(text.contains(",\"line 1\r\nline \"\"2\"\", end\","))
        #expect(text.hasSuffix("\r\n"))
    }

    static func sample() -> FindingsExport.Record {
        FindingsExport.Record(
            fingerprint: "nessus:1|10.0.0.1|host", scanner: "nessus", pluginID: "1", pluginName: "x", severity: "low",
            cvssScore: nil, cvssVersion: nil, cvssVector: nil, cves: [], cwes: [], epss: nil, knownExploited: nil,
            exploitAvailable: false, asset: "10-0-0-1", assetName: "10.0.0.1", address: "10.0.0.1", hostName: nil,
            port: nil, transport: nil, service: nil, serviceGuessed: false, evidence: nil, complianceCheck: nil,
            complianceResult: nil, team: nil, attribution: "none", rule: nil, ruleLine: nil, loadBalancerPath: nil,
            alsoShownTo: [], input: "a.nessus", alsoReportedIn: [], suppressed: nil)
    }
}
