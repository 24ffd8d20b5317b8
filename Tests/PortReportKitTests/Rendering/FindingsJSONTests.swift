import Foundation
import Testing

@testable import PortReportKit

@Suite("findings.json records against JSONEncoder")
struct FindingsJSONTests {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func written(_ record: FindingsExport.Record) -> String {
        // A small first capacity, so that a record makes the buffer grow several times.
        var bytes = ByteBuffer(capacity: 16)
        FindingsJSON.append(record, to: &bytes)
        return String(decoding: bytes.array, as: UTF8.self)
    }

    @Test("every record of the Sample is written as JSONEncoder writes it")
    func sampleRecords() throws {
        var options = BuildOptions()
        options.configurationPath = TestFiles.repository.appendingPathComponent("Sample/portreport.yml").path
        let records = FindingsExport(report: try ReportPipeline.analyse(options)).records()
        #expect(records.count > 900)
        let encoder = FindingsJSONTests.encoder()
        for record in records {
            let expected = String(decoding: try encoder.encode(record), as: UTF8.self)
            #expect(FindingsJSONTests.written(record) == expected)
        }
    }

    @Test("hostile text, every optional field and awkward numbers are written as JSONEncoder writes them")
    func hostileRecord() throws {
        var record = CSVQuotingTests.sample()
        var controls = ""
        for scalar in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        record.evidence = "quote \" backslash \\ slash / </script> \u{7F} é ✓ \u{2028} 🚀 " + controls
        record.pluginName = "\"\\"
        record.hostName = ""
        record.cves = ["CVE-1", "a\"b"]
        record.cwes = []
        record.alsoShownTo = ["web"]
        record.alsoReportedIn = ["a.nessus", "b.xml"]
        record.complianceCheck = "check\n"
        record.complianceResult = "FAILED"
        record.knownExploited = "2024-01-01"
        record.loadBalancerPath = "vip -> member"
        record.rule = "cidr: 10.0.0.0/8"
        record.ruleLine = 12
        record.port = 65535
        record.transport = "udp"
        record.service = "dns?"
        record.serviceGuessed = true
        record.suppressed = "reason"
        record.team = "t"
        record.cvssVector = "CVSS:3.1/AV:N"
        record.cvssVersion = "3.1"
        let encoder = FindingsJSONTests.encoder()
        for score in [0.0, 10.0, 9.8, 0.1 + 0.2, 1e-05, 0.0046, 123_456.75, -1.5] {
            record.cvssScore = score
            record.epss = score / 3
            let expected = String(decoding: try encoder.encode(record), as: UTF8.self)
            #expect(FindingsJSONTests.written(record) == expected, "score \(score)")
        }
        record.pluginName = "\"\\"
        let text = FindingsJSONTests.written(record)
        #expect(text.contains("\\u001b") && text.contains("\\n") && text.contains("</script>"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["evidence"] as? String == record.evidence)
    }

    @Test("a number JSON cannot hold is written as null, never as nan or inf")
    func nonFinite() throws {
        var record = CSVQuotingTests.sample()
        for value in [Double.nan, .infinity, -.infinity] {
            record.epss = value
            record.cvssScore = value
            let text = FindingsJSONTests.written(record)
            #expect(text.contains("\"epss\":null") && text.contains("\"cvss_score\":null"))
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
        }
    }
}

/// Checks a word-at-a-time byte search: each special byte found at every offset of strings up
/// to 40 bytes (words and a tail, and runs long enough for the search in C, `WordScan.longRun`),
/// and strings of fillers alone never matched.
func expectFindsAtEveryOffset(
    special: [UInt8], plain: [UInt8], _ search: (UnsafeBufferPointer<UInt8>) -> Bool
) {
    for length in 0...(WordScan.longRun + 8) {
        for filler in plain {
            let bytes = [UInt8](repeating: filler, count: length)
            let found = bytes.withUnsafeBufferPointer { search($0) }
            #expect(!found, "filler \(filler) length \(length)")
            for offset in 0..<length {
                for byte in special {
                    var marked = bytes
                    marked[offset] = byte
                    let found = marked.withUnsafeBufferPointer { search($0) }
                    #expect(found, "byte \(byte) at \(offset) of \(length)")
                }
            }
        }
    }
}

@Suite("the JSON escape check, eight bytes at a time")
struct JSONEscapeCheckTests {
    @Test("each byte that needs an escape is escaped wherever it falls in the eight-byte steps, as JSONEncoder does")
    func escapesAtEveryOffset() throws {
        let plain = JSONEncoder()
        plain.outputFormatting = [.withoutEscapingSlashes]
        // JSONEncoder writes `/` as `\/` unless told not to: the reference for script JSON.
        let script = JSONEncoder()
        for (special, forScript) in [
            ("\"", false), ("\\", false), ("\n", false), ("\u{01}", false), ("\u{1F}", false), ("\t", false),
            ("/", true), ("\n", true), ("\"", true),
        ] {
            for length in 0...17 {
                for position in 0..<max(length, 1) {
                    var characters = Array(repeating: "a", count: length)
                    if position < length { characters[position] = special }
                    // Twice in a row too, and non-ASCII between.
                    let text = characters.joined() + "é" + special + special + characters.reversed().joined()
                    var bytes = ByteBuffer(capacity: 64)
                    FindingsJSON.appendString(text, to: &bytes, forScript: forScript)
                    let ours = bytes.withBytes { String(decoding: $0, as: UTF8.self) }
                    let reference = String(decoding: try (forScript ? script : plain).encode(text), as: UTF8.self)
                    #expect(ours == reference, "\(text.debugDescription)")
                }
            }
        }
        // Short and long (searched in C, `WordScan.longRun`) values alike.
        for padding in ["", String(repeating: "x", count: WordScan.longRun)] {
            var bytes = ByteBuffer(capacity: 64)
            FindingsJSON.appendString(padding + "a\u{2028}b\u{2029}c/", to: &bytes, forScript: true)
            #expect(bytes.withBytes { String(decoding: $0, as: UTF8.self) } == "\"\(padding)a\\u2028b\\u2029c\\/\"")
        }
    }

    @Test("a byte needing an escape is found at every offset, and bytes near it are not mistaken for one")
    func everyOffset() {
        // Neighbours of the special bytes, UTF-8 lead and continuation bytes, and DEL.
        expectFindsAtEveryOffset(
            special: [0x00, 0x01, 0x0A, 0x1F, 0x22, 0x5C],
            plain: [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xE2, 0xFF], FindingsJSON.needsEscape)
    }
}

@Suite("the CSV quoting check, eight bytes at a time")
struct CSVQuoteCheckTests {
    @Test("a byte that needs quoting is found at every offset, and bytes near it are not mistaken for one")
    func everyOffset() {
        // Neighbours of the special bytes, other controls, UTF-8 lead and continuation bytes.
        expectFindsAtEveryOffset(
            special: [0x2C, 0x22, 0x0D, 0x0A],
            plain: [0x0B, 0x0C, 0x0E, 0x09, 0x21, 0x23, 0x2B, 0x2D, 0x20, 0x41, 0xAC, 0xE2, 0xFF],
            FindingsCSV.needsQuotes)
    }
}
