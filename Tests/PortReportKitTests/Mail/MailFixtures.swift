import Foundation
import Testing

@testable import PortReportKit

/// Reports to compose messages from: the Sample, and one-team reports built from a small scan.
enum MailFixtures {
    static var sampleConfiguration: String {
        TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
    }

    /// The Sample, analysed once for the whole test run.
    static let sample = Result { () throws -> Report in try analyseSample() }

    static func analyseSample() throws -> Report {
        var options = BuildOptions()
        options.configurationPath = sampleConfiguration
        return try ReportPipeline.analyse(options)
    }

    /// The message for one team of the Sample.
    static func sampleMessage(_ team: String, baseURL: String? = nil) throws -> MailMessage {
        var options = TeamMailComposer.Options()
        options.baseURL = baseURL
        let composed = TeamMailComposer(report: try sample.get(), options: options).compose(teams: [team])
        return try #require(composed.messages.first).message
    }

    /// A report with one team `ops` owning 10.0.0.1, which has one Medium finding.
    ///
    /// - Parameters:
    ///   - name: the team's `name:` exactly as written in YAML (quoted as needed).
    ///   - contacts: the `contacts:` entries exactly as written in YAML.
    ///   - pluginName: the finding's title, as text (XML-escaped here).
    static func oneTeam(name: String, contacts: [String], pluginName: String = "Test plugin") throws -> Report {
        let folder = try TestFiles.folder()
        let xmlName = pluginName.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let scan = NessusFixture.document(
            NessusFixture.host(
                "10.0.0.1", tags: ["host-ip": "10.0.0.1", "HOST_START": "Tue Nov 24 02:10:11 2026"],
                items: NessusFixture.item(port: "443", service: "www", pluginID: "10107", name: xmlName)))
        try Data(scan.utf8).write(to: folder.appendingPathComponent("scan.nessus"))
        let yaml = """
            inputs: [scan.nessus]
            teams:
              - id: ops
                name: \(name)
                contacts: [\(contacts.joined(separator: ", "))]
                owns:
                  - cidr: 10.0.0.0/8

            """
        let config = folder.appendingPathComponent("portreport.yml")
        try Data(yaml.utf8).write(to: config)
        var options = BuildOptions()
        options.configurationPath = config.path
        return try ReportPipeline.analyse(options)
    }
}
