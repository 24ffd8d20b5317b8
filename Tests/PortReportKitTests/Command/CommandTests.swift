import Foundation
import Testing

@testable import PortReportKit

/// Runs the built `portreport` executable, as a user would.
@Suite("The portreport command", .serialized)
struct CommandTests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("portreport")
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    @Test("builds the Sample, prints a one-screen summary and exits 0")
    func sample() throws {
        try #require(FileManager.default.fileExists(atPath: CommandTests.executable.path))
        let output = try TestFiles.folder().appendingPathComponent("site")
        let run = try CommandTests.run([
            "build", "--config", TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path,
            "--output", output.path,
        ])
        #expect(run.status == 0)
        #expect(run.error == "")
        #expect(run.output.contains("example-corp-internal.nessus [nessus]: 517 read, 517 kept"))
        #expect(run.output.contains("Findings: 9 critical, 10 high, 89 medium, 25 low, 789 info (17 more suppressed)"))
        #expect(run.output.contains("  Unassigned: 2 systems,"))
        #expect(run.output.contains("Probable firewalls: 198.51.100.1 (164 ports)"))
        #expect(run.output.hasSuffix("Open \(output.appendingPathComponent("index.html").path)\n"))
        #expect(run.output.split(separator: "\n").count < 25)
    }

    @Test("an unreadable input exits 1 with FILE:LINE:COLUMN and the site is still written")
    func failedInput() throws {
        let folder = try TestFiles.folder()
        let broken = folder.appendingPathComponent("cut.nessus")
        try Data("<?xml version=\"1.0\"?>\n<NessusClientData_v2>\n<Report name=\"x\">".utf8).write(to: broken)
        let good = TestFiles.repository.appendingPathComponent("Sample/scans/example-corp-external.nessus").path
        let run = try CommandTests.run(["build", "--output", "site", good, "cut.nessus"], in: folder)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("error: cut.nessus:3:"))
        #expect(run.error.contains("Premature end of data"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/index.html").path))

        // With no readable input at all, nothing is written and the previous site stays.
        let before = try Data(contentsOf: folder.appendingPathComponent("site/index.html"))
        let alone = try CommandTests.run(["build", "--output", "site", "cut.nessus", "missing.nessus"], in: folder)
        #expect(alone.status == 1)
        #expect(alone.error.contains("no input could be read, so the previous site is left as it was"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("site/index.html")) == before)

        // An empty input folder is an error too, not an empty site.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let empty = try CommandTests.run(["build", "--output", "site", "empty"], in: folder)
        #expect(empty.status == 1)
        #expect(empty.error.contains("no scan files found in the inputs"))
    }

    @Test(
        "bad usage exits 64; a bad configuration exits 2 and writes nothing",
        arguments: [
            (["build", "--bogus"], 64), (["build"], 64), (["build", "--format", "pdf", "x"], 64),
            (["build", "--config", "missing.yml"], 64),
        ])
    func usage(arguments: [String], status: Int) throws {
        let run = try CommandTests.run(arguments, in: try TestFiles.folder())
        #expect(Int(run.status) == status)
    }

    @Test("a configuration error names file, line and column, exits 2 and leaves no site")
    func configurationError() throws {
        let folder = try TestFiles.folder()
        try Data("teams:\n  - id: a\n    owns:\n      - cidr: nonsense\n".utf8)
            .write(to: folder.appendingPathComponent("portreport.yml"))
        let run = try CommandTests.run(["build", "scan.nessus"], in: folder)
        #expect(run.status == 2)
        #expect(
            run.error
                == "error: portreport.yml:4:15: teams[0].owns[0].cidr: 'nonsense' is not a network such as 10.20.0.0/16\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test("--help explains every option")
    func help() throws {
        let run = try CommandTests.run(["build", "--help"])
        #expect(run.status == 0)
        for option in ["--config", "--output", "--explanations", "--format", "--timings", "--quiet"] {
            #expect(run.output.contains(option), "\(option) missing from help")
        }
    }

    @Test("build --help names every format the detector knows")
    func formatsInHelp() throws {
        let run = try CommandTests.run(["build", "--help"])
        let help = run.output.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        // The whole list: "nessus" alone would also be found inside "nessus-csv".
        let list = FormatDetector.known.map(\.format).joined(separator: ", ")
        #expect(help.contains("One of: \(list)."), "build --help does not list: \(list)")
    }

    @Test("build refuses to replace a folder that is not a portreport site, and leaves it alone")
    func refusesForeignOutput() throws {
        let folder = try TestFiles.folder()
        let precious = folder.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: precious.appendingPathComponent("notes.txt"))
        let run = try CommandTests.run([
            "build", "--config", TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path,
            "--output", precious.path,
        ])
        #expect(run.status == 2)
        #expect(run.error.contains("refusing to replace the folder"))
        #expect(FileManager.default.fileExists(atPath: precious.appendingPathComponent("notes.txt").path))
    }

    @Test("check exits 1 when an input cannot be read, and counts it as an error")
    func checkUnreadable() throws {
        let folder = try TestFiles.folder()
        let broken = folder.appendingPathComponent("cut.nessus")
        try Data("<?xml version=\"1.0\"?>\n<NessusClientData_v2>\n<Report name=\"x\">".utf8).write(to: broken)
        let run = try CommandTests.run([
            "check", "--config", TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path, broken.path,
        ])
        #expect(run.status == 1)
        #expect(run.output.contains("unreadable: \(broken.path):"))
        #expect(run.output.contains("1 error,"))
    }

    @Test("control bytes in an input's file name are shown escaped in the summary; --quiet keeps --timings")
    func hostileFileName() throws {
        let folder = try TestFiles.folder()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let source = TestFiles.repository.appendingPathComponent("Sample/scans/example-corp-external.nessus")
        try FileManager.default.copyItem(at: source, to: inputs.appendingPathComponent("x\n\u{1B}[31mred.nessus"))
        let site = folder.appendingPathComponent("site").path
        let run = try CommandTests.run(["build", "--output", site, inputs.path])
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.output.contains("x\\u{A}\\u{1B}[31mred.nessus [nessus]"))
        let quiet = try CommandTests.run(["build", "--quiet", "--timings", "--output", site, inputs.path])
        #expect(quiet.status == 0)
        #expect(quiet.output.hasPrefix("Timings\n  configure: "))
        #expect(quiet.output.contains("render+write: ") && quiet.output.contains("MB)"))
        #expect(!quiet.output.contains("Inputs"))
    }
}
