import Foundation
import Testing

@testable import PortReportKit

@Suite("Reading a large .nessus file in parts")
struct NessusSplitTests {
    /// Forty hosts with service, compliance, host-level and skipped items, plugins repeated.
    static func document(trap: Bool = false) -> String {
        var hosts: [String] = []
        for number in 1...40 {
            var items = [
                NessusFixture.item(
                    port: "22", service: "ssh", pluginID: "10267", name: "SSH Server Type and Version Information",
                    family: "Service detection", children: "<plugin_output>SSH-2.0-OpenSSH_\(number)</plugin_output>"),
                NessusFixture.item(
                    port: "443", pluginID: "\(20000 + number % 7)", name: "Plugin \(number % 7)",
                    children:
                        "<description>Text &amp; more</description><cve>CVE-2024-\(number % 7)</cve>"
                        + "<cvss3_base_score>7.5</cvss3_base_score><plugin_output>out \(number) é</plugin_output>"),
                NessusFixture.item(port: "0", service: "general", severity: "0", pluginID: "19506", name: "Scan info"),
                NessusFixture.item(port: "x", pluginID: "1", name: "bad port"),
                NessusFixture.item(
                    port: "0", pluginID: "21156", name: "Compliance",
                    children: "<cm:compliance-check-name>Check \(number)</cm:compliance-check-name>"
                        + "<cm:compliance-result>FAILED</cm:compliance-result>"),
            ]
            if trap && number == 20 {
                // A CDATA section that holds what looks like a host: a cut inside it must not be
                // taken for a host boundary.
                items.append(
                    NessusFixture.item(
                        port: "80", pluginID: "30000", name: "Trap",
                        children: "<plugin_output><![CDATA["
                            + String(repeating: "<ReportHost name=\"fake\"> ", count: 400)
                            + "]]></plugin_output>"))
            }
            hosts.append(
                NessusFixture.host(
                    "10.0.\(number / 256).\(number % 256)",
                    tags: [
                        "host-ip": "10.0.\(number / 256).\(number % 256)", "HOST_START": "Tue Nov 24 03:32:28 2026",
                    ],
                    items: items.joined(separator: "\n")))
        }
        return NessusFixture.document(hosts.joined(separator: "\n"))
    }

    static func load(_ path: String, parts: Int?) throws -> (ScanResult, InputSummary) {
        var loader = NessusLoader()
        if let parts {
            loader.splitThreshold = 0
            loader.parts = parts
        } else {
            loader.splitThreshold = .max
        }
        var result = ScanResult()
        var summary = InputSummary(path: path, format: NessusLoader.format)
        try loader.load(path: path, input: 0, into: &result, summary: &summary)
        return (result, summary)
    }

    static func expectSame(_ left: (ScanResult, InputSummary), _ right: (ScanResult, InputSummary)) {
        #expect(left.0.hosts == right.0.hosts)
        #expect(left.0.findings == right.0.findings)
        #expect(left.0.observations == right.0.observations)
        #expect(left.0.plugins == right.0.plugins)
        #expect(left.1 == right.1)
    }

    @Test("any number of parts reads what the whole file reads", arguments: [2, 3, 5, 8])
    func partsMatchWhole(parts: Int) throws {
        let path = try TestFiles.write(NessusSplitTests.document())
        let whole = try NessusSplitTests.load(path, parts: nil)
        #expect(whole.0.hosts.count == 40)
        #expect(whole.1.records == 200 && whole.1.kept == 160)
        let slices = try #require(NessusSplitter.slices(path: path, parts: parts, minimumSize: 0))
        #expect(slices.count == parts)
        // Each part no larger than the one before it, give or take the host a cut moves on to
        // (the last part ran alone at the end of loading; a small one keeps that short).
        let sizes = slices.map(\.range.count)
        let host = try String(contentsOfFile: path, encoding: .utf8).utf8.count / 40
        for index in sizes.indices.dropFirst() { #expect(sizes[index] <= sizes[index - 1] + host, "\(sizes)") }
        #expect(4 * sizes[sizes.count - 1] < 3 * sizes[0], "\(sizes)")
        NessusSplitTests.expectSame(try NessusSplitTests.load(path, parts: parts), whole)
    }

    @Test("a cut inside a CDATA section makes that part fail, and the file is read whole instead")
    func cutInsideCDATA() throws {
        let text = NessusSplitTests.document(trap: true)
        let path = try TestFiles.write(text)
        let bytes = Array(text.utf8)
        let trap = try #require(
            NessusSplitter.find(Array("<![CDATA[".utf8), in: bytes, from: 0, followedByNameEnd: false))
        // Two parts, the cut aimed just inside the CDATA section.
        let slices = try #require(NessusSplitter.slices(path: path, parts: 2, minimumSize: 0))
        #expect(slices.count == 2)
        let cuts = (1..<40).compactMap { parts in NessusSplitter.slices(path: path, parts: parts, minimumSize: 0) }
        let landsInTrap = cuts.contains {
            $0.dropFirst().contains { $0.range.lowerBound > trap && $0.range.lowerBound < trap + 400 * 25 }
        }
        #expect(landsInTrap, "no cut fell inside the CDATA section; the test needs one")
        for parts in 2..<40 {
            guard let slices = NessusSplitter.slices(path: path, parts: parts, minimumSize: 0),
                slices.dropFirst().contains(where: {
                    $0.range.lowerBound > trap && $0.range.lowerBound < trap + 400 * 25
                })
            else { continue }
            #expect(!NessusLoader.loadParts(path: path, input: 0, slices: slices) { _ in })
        }
        let whole = try NessusSplitTests.load(path, parts: nil)
        #expect(whole.0.findings.contains { $0.evidence?.contains("<ReportHost name=\"fake\">") == true })
        for parts in [2, 3, 7, 13] { NessusSplitTests.expectSame(try NessusSplitTests.load(path, parts: parts), whole) }
    }

    @Test("small files, files with a DOCTYPE and files without a Report element are read whole")
    func readWhole() throws {
        let path = try TestFiles.write(NessusSplitTests.document())
        #expect(NessusSplitter.slices(path: path, parts: 2) == nil)
        #expect(NessusSplitter.slices(path: path, parts: 1, minimumSize: 0) == nil)
        let doctype = try TestFiles.write(
            NessusSplitTests.document().replacingOccurrences(
                of: "<NessusClientData_v2>", with: "<!DOCTYPE x []>\n<NessusClientData_v2>"))
        #expect(NessusSplitter.slices(path: doctype, parts: 2, minimumSize: 0) == nil)
        let noReport = try TestFiles.write("<?xml version=\"1.0\"?><NessusClientData_v2></NessusClientData_v2>")
        #expect(NessusSplitter.slices(path: noReport, parts: 2, minimumSize: 0) == nil)
    }

    @Test("a Policy section larger than the first look at the file still splits, and reads the same")
    func largePolicy() throws {
        // 300 KB of preferences put the Report element past the first 256 KB read.
        let preferences = String(
            repeating: "<preference><name>padding</name><value>0123456789</value></preference>\n", count: 4_500)
        let text = NessusSplitTests.document().replacingOccurrences(
            of: "</ServerPreferences>", with: preferences + "</ServerPreferences>")
        #expect(text.utf8.count > 300_000)
        let path = try TestFiles.write(text)
        let slices = try #require(NessusSplitter.slices(path: path, parts: 3, minimumSize: 0))
        // Both cuts (a third and two thirds in) fall inside the Policy section, so both move on
        // to the first host, and the second, the same cut, is dropped: two parts, the second
        // starting at the first <ReportHost, found past the first look at the file.
        let firstHost = try #require(text.utf8.firstRange(of: Array("<ReportHost".utf8))).lowerBound
        #expect(slices.count == 2)
        #expect(slices[1].range.lowerBound == text.utf8.distance(from: text.utf8.startIndex, to: firstHost))
        #expect(slices[1].range.lowerBound > 300_000)
        #expect(
            String(decoding: slices[1].prefix, as: UTF8.self).hasSuffix(
                "<Report name=\"Test\" xmlns:cm=\"http://www.nessus.org/cm\">"))
        let whole = try NessusSplitTests.load(path, parts: nil)
        #expect(whole.0.findings.count > 100)
        NessusSplitTests.expectSame(try NessusSplitTests.load(path, parts: 3), whole)
    }

    @Test("a truncated large file fails with the line of the whole file, not of a part")
    func truncated() throws {
        let text = NessusSplitTests.document()
        let cut = String(text.prefix(text.utf8.count * 3 / 4))
        let path = try TestFiles.write(cut)
        let whole = try #require(throws: PortReportError.self) { try NessusSplitTests.load(path, parts: nil) }
        let parts = try #require(throws: PortReportError.self) { try NessusSplitTests.load(path, parts: 3) }
        #expect(whole.line == cut.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(parts.line == whole.line && parts.column == whole.column)
        #expect(parts.description == whole.description)
        #expect(parts.description.contains("truncated"))
    }

    @Test("a part XMLScanner declines is read again by libxml2, and the file reads the same")
    func declinedPart() throws {
        // A prefixed attribute in the thirtieth host: well-formed, outside the scanner's subset.
        let text = NessusSplitTests.document().replacingOccurrences(
            of: "<ReportHost name=\"10.0.0.30\">", with: "<ReportHost name=\"10.0.0.30\" xml:lang=\"en\">")
        #expect(text.contains("xml:lang"))
        let path = try TestFiles.write(text)
        let slices = try #require(NessusSplitter.slices(path: path, parts: 2, minimumSize: 0))
        let outcomes = try slices.map { slice in
            let reader = NessusReader(
                input: 0, result: ScanResult(), summary: InputSummary(path: path, format: NessusLoader.format))
            var scanner = try XMLScanner(path: path, handler: reader, slice: slice)
            return scanner.scan()
        }
        #expect(outcomes == [.finished, .declined("a prefixed attribute")])
        var hosts: [Int] = []
        #expect(NessusLoader.loadParts(path: path, input: 0, slices: slices) { hosts.append($0.result.hosts.count) })
        // Parts shrink towards the end of the file: two thirds of it, then one third.
        #expect(hosts == [27, 13])
        let whole = try NessusSplitTests.load(path, parts: nil)
        #expect(whole.0.hosts.count == 40)
        NessusSplitTests.expectSame(try NessusSplitTests.load(path, parts: 2), whole)
    }
}

@Suite("The board the part readers share")
struct PartBoardTests {
    @Test("parts are handed out once each, in order, and none after a stop")
    func handsOutInOrder() {
        let board = PartBoard(count: 3)
        #expect(board.take() == 0)
        #expect(board.take() == 1)
        board.stop()
        #expect(board.take() == nil)
        let again = PartBoard(count: 2)
        #expect([again.take(), again.take(), again.take()] == [0, 1, nil])
    }

    @Test("a wait for a part ends when another thread leaves it, with its reader or nil")
    func waitsForEachPart() {
        let board = PartBoard(count: 2)
        let readers = (0..<2).map { _ in
            NessusReader(input: 0, result: ScanResult(), summary: InputSummary(path: "x", format: "nessus"))
        }
        nonisolated(unsafe) let first = readers[0]
        let worker = BackgroundWork {
            Thread.sleep(forTimeInterval: 0.05)
            board.finish(1, reader: nil)
            board.finish(0, reader: first)
        }
        #expect(board.wait(for: 0) === readers[0])
        #expect(board.wait(for: 1) == nil)
        worker.wait()
    }
}
