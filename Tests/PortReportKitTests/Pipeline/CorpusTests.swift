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

    /// Loads every file of a corpus folder whose name ends in one of `extensions` (all files when
    /// empty) and checks what every input must satisfy: it loads with records = kept + skipped,
    /// or fails with one line that starts with its path.
    static func load(_ corpus: URL, folder: String, extensions: [String] = []) throws -> [String: InputSummary] {
        let url = corpus.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            .filter { name in extensions.isEmpty || extensions.contains { name.hasSuffix($0) } }
        var result: [String: InputSummary] = [:]
        for name in names {
            let path = url.appendingPathComponent(name).path
            let summary = InputLoader().load([path]).inputs[0]
            if let error = summary.error {
                #expect(error.hasPrefix(path), "\(name): \(error)")
                #expect(!error.contains("\n"), "\(name): multi-line error")
            } else {
                #expect(summary.records == summary.kept + summary.skippedCount, "\(name)")
            }
            result[name] = summary
        }
        return result
    }

    @Test("every Nessus/Tenable CSV loads with the independent record count")
    func nessusCSVFiles() throws {
        guard let corpus = TestFiles.corpus else {
            print("CorpusTests: ../shared/corpus is absent; skipping")
            return
        }
        let expected = try CorpusTests.expectedRecords(corpus)
        let summaries = try CorpusTests.load(corpus, folder: "nessus-csv")
        #expect(summaries.count == 9)
        for (name, summary) in summaries.sorted(by: { $0.key < $1.key }) {
            #expect(summary.error == nil, "\(name): \(summary.error ?? "")")
            #expect(summary.format == "nessus-csv", "\(name)")
            // Here the script's count (non-empty rows after the first) is exactly the loader's:
            // none of these files has a preamble, and dd_nessus_many_vuln.csv's ~529 empty rows
            // are left out by both.
            #expect(String(summary.records) == expected["nessus-csv/\(name)"], "\(name): read \(summary.records)")
            #expect(summary.skipped.isEmpty, "\(name): \(summary.skipped)")
        }
    }

    @Test("every Nuclei file loads with the independent record count; the 0-byte one only when forced")
    func nucleiFiles() throws {
        guard let corpus = TestFiles.corpus else {
            print("CorpusTests: ../shared/corpus is absent; skipping")
            return
        }
        let expected = try CorpusTests.expectedRecords(corpus)
        let summaries = try CorpusTests.load(corpus, folder: "nuclei")
        #expect(summaries.count == 12)
        for (name, summary) in summaries.sorted(by: { $0.key < $1.key }) {
            if name == "dd_empty.jsonl" {
                // Detection refuses every 0-byte file before a loader runs; forced, it is empty.
                #expect(summary.error?.hasSuffix("the file is empty (0 bytes); expected a scanner export") == true)
                let path = corpus.appendingPathComponent("nuclei/\(name)").path
                let forced = InputLoader(formatOverride: "nuclei").load([path]).inputs[0]
                #expect(forced.error == nil)
                #expect(String(forced.records) == expected["nuclei/\(name)"])
                continue
            }
            #expect(summary.error == nil, "\(name): \(summary.error ?? "")")
            #expect(summary.format == "nuclei", "\(name)")
            #expect(String(summary.records) == expected["nuclei/\(name)"], "\(name): read \(summary.records)")
            #expect(summary.kept == summary.records, "\(name): \(summary.skipped)")
        }
    }

    @Test("every Qualys CSV loads; record counts match the script's except where it counts a preamble")
    func qualysCSVFiles() throws {
        guard let corpus = TestFiles.corpus else {
            print("CorpusTests: ../shared/corpus is absent; skipping")
            return
        }
        let expected = try CorpusTests.expectedRecords(corpus)
        let summaries = try CorpusTests.load(corpus, folder: "qualys", extensions: [".csv"])
        #expect(summaries.count == 8)
        for (name, summary) in summaries.sorted(by: { $0.key < $1.key }) {
            #expect(summary.error == nil, "\(name): \(summary.error ?? "")")
            #expect(summary.format == "qualys-csv", "\(name)")
            if name == "dd_qualys_vmdr_many_vulns_cve.csv" {
                // The script counts every non-empty row after the first line, so its 8 include the
                // 3 preamble lines before the header (report title, company, user); the loader
                // reads the 5 data rows, one of them FIXED and skipped.
                #expect(expected["qualys/\(name)"] == "8")
                #expect(summary.records == 5)
                #expect(summary.kept == 4)
                #expect(summary.skipped == [SkipReason.alreadyFixed.rawValue: 1])
            } else {
                #expect(String(summary.records) == expected["qualys/\(name)"], "\(name): read \(summary.records)")
            }
        }
    }

    @Test("masscan JSON loads with the independent record count; the other exports fail cleanly")
    func otherFiles() throws {
        guard let corpus = TestFiles.corpus else {
            print("CorpusTests: ../shared/corpus is absent; skipping")
            return
        }
        let expected = try CorpusTests.expectedRecords(corpus)
        let summaries = try CorpusTests.load(corpus, folder: "other")
        let masscan = try #require(summaries["dd_masscan_masscan_many_vuln.json"])
        #expect(masscan.error == nil)
        #expect(masscan.format == "masscan")
        #expect(String(masscan.records) == expected["other/dd_masscan_masscan_many_vuln.json"])
        #expect(masscan.kept == 4)
        // masscan writes nothing when it finds nothing; detection refuses the 0-byte file.
        #expect(summaries["dd_masscan_masscan_no_vuln.json"]?.error?.contains("the file is empty (0 bytes)") == true)
        // Nexpose XML and OpenVAS CSV have no loader in this branch: each fails with the formats tried.
        let others = summaries.filter { !$0.key.hasPrefix("dd_masscan") }
        #expect(others.count == 9)
        for (name, summary) in others {
            #expect(summary.error?.contains("not a recognised scanner export") == true, "\(name)")
        }
    }

    @Test("the CSV and JSON folders build into one site")
    func buildsDataSite() throws {
        guard let corpus = TestFiles.corpus else { return }
        var options = BuildOptions()
        options.inputs = ["nessus-csv", "nuclei", "qualys", "other"].map { corpus.appendingPathComponent($0).path }
        options.output = try TestFiles.folder().appendingPathComponent("data-site").path
        let outcome = try ReportPipeline.build(options)
        #expect(outcome.inputs.count == 47)
        // 9 Nessus CSV, 11 Nuclei, 8 Qualys CSV and 1 masscan file; XML loaders may add more.
        #expect(outcome.inputs.filter { $0.error == nil }.count >= 29)
        #expect(FileManager.default.fileExists(atPath: outcome.indexPath))
    }
}

@Suite("The whole corpus at once")
struct WholeCorpusTests {
    @Test("a mixed run over every corpus file completes, writes a site and reports each input")
    func everything() throws {
        guard let corpus = TestFiles.corpus else {
            print("WholeCorpusTests: ../shared/corpus is absent; skipping")
            return
        }
        var options = BuildOptions()
        options.inputs = [corpus.path]
        let output = try TestFiles.folder().appendingPathComponent("site")
        options.output = output.path
        let outcome = try ReportPipeline.build(options)
        #expect(outcome.inputs.count >= 100)
        for input in outcome.inputs {
            #expect(input.records == input.kept + input.skippedCount, "\(input.path)")
            if let error = input.error {
                #expect(error.hasPrefix(input.path) && !error.contains("\n"), "\(error)")
            }
        }
        let loaded = Set(outcome.inputs.filter { $0.error == nil }.map(\.format))
        #expect(loaded == ["nessus", "nessus-csv", "nmap", "openvas", "qualys-xml", "qualys-csv", "nuclei", "masscan"])
        let inputsJSON = try String(contentsOf: output.appendingPathComponent("data/inputs.json"), encoding: .utf8)
        #expect(inputsJSON.contains("\"format\" : \"openvas\""))
        #expect(FileManager.default.fileExists(atPath: outcome.indexPath))
    }
}
