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
