import Foundation
import Testing

@testable import PortReportKit

/// The real scanner exports in `../shared/corpus`, when present.
@Suite("Corpus of real exports")
struct CorpusTests {
    /// `RECORDS.tsv`: file → records column.
    static func expectedRecords(_ corpus: URL) throws -> [String: String] {
        let text = try String(contentsOf: corpus.appendingPathComponent("RECORDS.tsv"), encoding: .utf8)
        var result: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count >= 3 { result[String(fields[0])] = String(fields[2]) }
        }
        return result
    }

    @Test("every Nessus file loads with the independent record count, or fails with one line naming it")
    func nessusFiles() throws {
        guard let corpus = TestFiles.corpus else {
            print("CorpusTests: ../shared/corpus is absent; skipping")
            return
        }
        let expected = try CorpusTests.expectedRecords(corpus)
        let folder = corpus.appendingPathComponent("nessus")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count >= 19)
        var loaded = 0
        for name in files {
            let path = folder.appendingPathComponent(name).path
            let summary = InputLoader().load([path]).inputs[0]
            if let error = summary.error {
                #expect(error.hasPrefix(path), "\(name): \(error)")
                #expect(!error.contains("\n"), "\(name): multi-line error")
                #expect(
                    Int(expected["nessus/\(name)"] ?? "-") == nil || expected["nessus/\(name)"] == "0",
                    "\(name) should load: \(error)")
            } else {
                loaded += 1
                #expect(String(summary.records) == expected["nessus/\(name)"], "\(name): read \(summary.records)")
                #expect(summary.records == summary.kept + summary.skippedCount)
            }
        }
        #expect(loaded == 16)
    }

    /// One corpus file and what loading it gave.
    struct LoadedFile {
        var name: String
        var summary: InputSummary
    }

    /// Loads every file of a corpus folder, checking what all of them must satisfy: a loaded file
    /// keeps `records == kept + skipped`; a failed file has a one-line error starting with its
    /// path. With `countsRecords`, a file for which `RECORDS.tsv` gives a number must load and
    /// read exactly that many records.
    ///
    /// - Returns: each file name with its summary; `nil` when the corpus is absent.
    static func loadFolder(_ folder: String, countsRecords: Bool = true) throws -> [LoadedFile]? {
        guard let corpus = TestFiles.corpus else {
            print("CorpusTests: ../shared/corpus is absent; skipping \(folder)")
            return nil
        }
        let expected = try CorpusTests.expectedRecords(corpus)
        let directory = corpus.appendingPathComponent(folder)
        var summaries: [LoadedFile] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            let path = directory.appendingPathComponent(name).path
            let summary = InputLoader().load([path]).inputs[0]
            let count = countsRecords ? expected["\(folder)/\(name)"].flatMap { Int($0) } : nil
            if let error = summary.error {
                #expect(error.hasPrefix(path), "\(name): \(error)")
                #expect(!error.contains("\n"), "\(name): multi-line error")
                #expect(count == nil, "\(name) should load \(count ?? 0) records: \(error)")
            } else {
                if let count {
                    #expect(summary.records == count, "\(name): read \(summary.records), expected \(count)")
                }
                #expect(summary.records == summary.kept + summary.skippedCount, "\(name)")
            }
            summaries.append(LoadedFile(name: name, summary: summary))
        }
        return summaries
    }

    @Test("every Nmap file loads with the independent count of open ports; the broken and hostile ones fail cleanly")
    func nmapFiles() throws {
        guard let files = try CorpusTests.loadFolder("nmap-xml") else { return }
        #expect(files.count == 29)
        let failed = Dictionary(
            uniqueKeysWithValues: files.compactMap { file in file.summary.error.map { (file.name, $0) } })
        #expect(failed.keys.sorted() == ["lnm_defused_et_local_includer.xml", "nmapzen_nmap-output-error.xml"])
        // The XXE probe has root <root>: it must be refused for its entity, not as an unknown format.
        #expect(failed["lnm_defused_et_local_includer.xml"]?.contains("entity declarations are refused") == true)
        #expect(failed["nmapzen_nmap-output-error.xml"]?.contains(":14:") == true)
        for file in files where file.summary.error == nil { #expect(file.summary.format == "nmap", "\(file.name)") }
        // A comment before the XML declaration (secureCodeBox fixtures) is tolerated; open ports
        // counted by hand, as RECORDS.tsv marks these files ERROR.
        let secureCodeBox = files.filter { $0.name.hasPrefix("scb_") }.map { "\($0.name)=\($0.summary.records)" }
        #expect(
            secureCodeBox == [
                "scb_ftp.xml=1", "scb_local-network-verbose.xml=21", "scb_localhost-smb-script.xml=1",
                "scb_no-host.xml=0", "scb_no-service.xml=0",
            ])
    }

    @Test("every OpenVAS file loads with the independent count of results")
    func openVASFiles() throws {
        guard let files = try CorpusTests.loadFolder("openvas-xml") else { return }
        #expect(files.count == 7)
        for file in files {
            #expect(file.summary.error == nil, "\(file.name): \(file.summary.error ?? "")")
            #expect(file.summary.format == "openvas", "\(file.name)")
        }
    }

    @Test("every Qualys XML scan and asset data report loads; other Qualys exports fail cleanly or load")
    func qualysFiles() throws {
        // RECORDS.tsv counts only the CSV files here, and only as a hint: not compared.
        guard let files = try CorpusTests.loadFolder("qualys", countsRecords: false) else { return }
        #expect(files.count == 15)
        // VULN, INFO, SERVICE and PRACTICE elements, counted by hand (RECORDS.tsv does not count
        // Qualys files).
        let expected = [
            "dd_qualys_empty.xml": 0, "dd_qualys_infrascan_webgui_qualys_infrascan_webgui_0.xml": 0,
            "dd_qualys_infrascan_webgui_qualys_infrascan_webgui_3.xml": 1,
            "dd_qualys_infrascan_webgui_qualys_infrascan_webgui_multiple.xml": 24,
        ]
        for file in files where expected[file.name] != nil {
            #expect(file.summary.error == nil, "\(file.name): \(file.summary.error ?? "")")
            #expect(file.summary.format == "qualys-xml", "\(file.name)")
            #expect(file.summary.records == expected[file.name], "\(file.name)")
        }
        // Web application reports are another format; this loader must not claim them.
        for file in files where file.name.contains("_webapp_") { #expect(file.summary.format != "qualys-xml") }
    }

    @Test("the whole Nessus folder builds into a site")
    func buildsSite() throws {
        guard let corpus = TestFiles.corpus else { return }
        var options = BuildOptions()
        options.inputs = [corpus.appendingPathComponent("nessus").path]
        options.output = try TestFiles.folder().appendingPathComponent("real-site").path
        let outcome = try ReportPipeline.build(options)
        #expect(outcome.inputs.filter { $0.error != nil }.count == 3)
        #expect(FileManager.default.fileExists(atPath: outcome.indexPath))
    }
}
