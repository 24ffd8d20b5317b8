import CByteScan
import Testing

@Suite("sixteen-byte searches for the next byte to look at")
struct ByteScanTests {
    /// Checks `search` against `isSpecial` for every byte value at every offset of runs of 0 to
    /// 50 bytes (three blocks of sixteen and a tail), with a second special byte (`"`, or `<`
    /// for XML text) after the first so that only the first may be reported.
    static func expectFirst(
        _ search: (UnsafePointer<UInt8>, Int) -> Int, isSpecial: (UInt8) -> Bool, filler: UInt8
    ) {
        #expect(isSpecial(UInt8(ascii: "\"")) || isSpecial(UInt8(ascii: "<")))
        let second = isSpecial(UInt8(ascii: "\"")) ? UInt8(ascii: "\"") : UInt8(ascii: "<")
        for length in 0...50 {
            // One filler byte beyond the run, so that even an empty run has an address.
            let plain = [UInt8](repeating: filler, count: length + 1)
            #expect(plain.withUnsafeBufferPointer { $0.baseAddress.map { search($0, length) } } == length)
            for offset in 0..<length {
                for value in 0...255 {
                    let byte = UInt8(value)
                    var bytes = plain
                    bytes[offset] = byte
                    if offset + 3 < length { bytes[offset + 3] = second }
                    let found = bytes.withUnsafeBufferPointer { buffer -> Int in
                        guard let base = buffer.baseAddress else { return -1 }
                        return search(base, length)
                    }
                    let expected = isSpecial(byte) ? offset : (offset + 3 < length ? offset + 3 : length)
                    if found != expected {
                        Issue.record("byte \(byte) at \(offset) of \(length): found \(found), expected \(expected)")
                        return
                    }
                }
            }
        }
    }

    @Test("XML text stops at <, &, ], non-ASCII bytes and control characters other than tab and line feed")
    func xmlText() {
        ByteScanTests.expectFirst(
            { bytescan_xml_text($0, $1) },
            isSpecial: { byte in
                byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "]") || byte >= 0x80
                    || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
            }, filler: UInt8(ascii: "a"))
    }

    @Test("HTML stops at &, <, >, \" and ' only")
    func html() {
        ByteScanTests.expectFirst(
            { bytescan_html($0, $1) },
            isSpecial: { byte in
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            }, filler: UInt8(ascii: " "))
    }

    @Test("JSON stops at control characters, \" and \\; in a script also at / and 0xE2")
    func json() {
        for forScript in [false, true] {
            ByteScanTests.expectFirst(
                { bytescan_json($0, $1, forScript ? 1 : 0) },
                isSpecial: { byte in
                    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                        || (forScript && (byte == UInt8(ascii: "/") || byte == 0xE2))
                }, filler: UInt8(ascii: "a"))
        }
    }

    @Test("CSV stops at a comma, a quote, CR and LF only")
    func csv() {
        ByteScanTests.expectFirst(
            { bytescan_csv($0, $1) },
            isSpecial: { byte in
                byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0D || byte == 0x0A
            }, filler: UInt8(ascii: "a"))
    }
}
