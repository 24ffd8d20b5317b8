import CByteScan

/// One `data/findings.json` record written straight to bytes.
///
/// What Foundation's `JSONEncoder` writes for a `FindingsExport.Record` with `.sortedKeys` and
/// `.withoutEscapingSlashes`, byte for byte (a test compares the two on the Sample and on hostile
/// text), at a small part of the cost: the encoder's generic containers were half of the time of
/// the exports, which are half of a large build's rendering.
enum FindingsJSON {
    static func append(_ record: FindingsExport.Record, to bytes: inout ByteBuffer) {
        var object = ObjectWriter()
        bytes.append(UInt8(ascii: "{"))
        // Keys in sorted order; optional values left out when nil, as the synthesised Encodable does.
        object.string("address", record.address, into: &bytes)
        object.strings("also_reported_in", record.alsoReportedIn, into: &bytes)
        object.strings("also_shown_to", record.alsoShownTo, into: &bytes)
        object.string("asset", record.asset, into: &bytes)
        object.string("asset_name", record.assetName, into: &bytes)
        object.string("attribution", record.attribution, into: &bytes)
        object.string("compliance_check", record.complianceCheck, into: &bytes)
        object.string("compliance_result", record.complianceResult, into: &bytes)
        // `attribution` is always written: what follows has its comma whichever way it comes.
        appendRatings(record, to: &bytes, first: false)
        object.string("evidence", record.evidence, into: &bytes)
        object.bool("exploit_available", record.exploitAvailable, into: &bytes)
        object.string("fingerprint", record.fingerprint, into: &bytes)
        object.string("host_name", record.hostName, into: &bytes)
        object.string("input", record.input, into: &bytes)
        object.string("known_exploited", record.knownExploited, into: &bytes)
        object.string("load_balancer_path", record.loadBalancerPath, into: &bytes)
        appendName(record, to: &bytes, first: false)
        object.integer("port", record.port, into: &bytes)
        object.string("rule", record.rule, into: &bytes)
        object.integer("rule_line", record.ruleLine, into: &bytes)
        object.string("scanner", record.scanner, into: &bytes)
        object.string("service", record.service, into: &bytes)
        object.bool("service_guessed", record.serviceGuessed, into: &bytes)
        object.string("severity", record.severity, into: &bytes)
        object.string("suppressed", record.suppressed, into: &bytes)
        object.string("team", record.team, into: &bytes)
        object.string("transport", record.transport, into: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// The members `cves` to `epss` (`PluginExport.ratingsJSON`).
    static func appendRatings(_ record: FindingsExport.Record, to bytes: inout ByteBuffer, first: Bool) {
        var object = ObjectWriter(first: first)
        object.strings("cves", record.cves, into: &bytes)
        object.number("cvss_score", record.cvssScore, into: &bytes)
        object.string("cvss_vector", record.cvssVector, into: &bytes)
        object.string("cvss_version", record.cvssVersion, into: &bytes)
        object.strings("cwes", record.cwes, into: &bytes)
        object.number("epss", record.epss, into: &bytes)
    }

    /// The members `plugin_id` and `plugin_name` (`PluginExport.nameJSON`).
    static func appendName(_ record: FindingsExport.Record, to bytes: inout ByteBuffer, first: Bool) {
        var object = ObjectWriter(first: first)
        object.string("plugin_id", record.pluginID, into: &bytes)
        object.string("plugin_name", record.pluginName, into: &bytes)
    }

    /// Writes the members of `{"key":value,…}` one by one, with a comma before all but the first.
    struct ObjectWriter {
        var first = true

        private mutating func key(_ name: StaticString, into bytes: inout ByteBuffer) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(UInt8(ascii: "\""))
            bytes.append(name)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }

        mutating func string(_ name: StaticString, _ value: String?, into bytes: inout ByteBuffer) {
            guard let value else { return }
            key(name, into: &bytes)
            FindingsJSON.appendString(value, to: &bytes)
        }

        mutating func strings(_ name: StaticString, _ values: [String], into bytes: inout ByteBuffer) {
            key(name, into: &bytes)
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                FindingsJSON.appendString(value, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        mutating func bool(_ name: StaticString, _ value: Bool, into bytes: inout ByteBuffer) {
            key(name, into: &bytes)
            bytes.append(value ? "true" : "false" as StaticString)
        }

        mutating func integer(_ name: StaticString, _ value: Int?, into bytes: inout ByteBuffer) {
            guard let value else { return }
            key(name, into: &bytes)
            bytes.append(String(value))
        }

        mutating func number(_ name: StaticString, _ value: Double?, into bytes: inout ByteBuffer) {
            guard let value else { return }
            key(name, into: &bytes)
            bytes.append(FindingsJSON.number(value))
        }
    }

    /// A double as JSONEncoder writes it: integral values without a fraction (`10`, not `10.0`),
    /// others in Swift's shortest round-trip form (`2.1`, `0.0046`); `null` for NaN and infinity.
    static func number(_ value: Double) -> String {
        // JSON has no NaN or infinity (JSONEncoder refuses them): `null`, should one get this far.
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `"…"` with `"` and `\` escaped, the usual short escapes for control characters and
    /// `\u00XX` for the rest below U+0020; everything else (slashes, non-ASCII) as it is.
    ///
    /// - Parameter forScript: also write `/` as `\/` (so `</script>` cannot appear) and U+2028
    ///   and U+2029 as `\u2028` and `\u2029` (they ended string literals in older JavaScript):
    ///   for JSON inside a script file.
    static func appendString(_ value: String, to bytes: inout ByteBuffer, forScript: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        // Native and small strings lend their bytes without a copy of the string.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &bytes, forScript: forScript) }) == nil {
            var value = value
            value.withUTF8 { appendEscaped($0, to: &bytes, forScript: forScript) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ letter: UInt8, to bytes: inout ByteBuffer) {
        bytes.append(0x5C)
        bytes.append(letter)
    }

    /// Non-zero when some byte of `word` is a control character, `"` or a backslash (`WordScan`); with
    /// `forScript`, also `/` and 0xE2 (the lead byte of U+2028 and U+2029). The lowest mark is
    /// exact, so a writer can go straight to the byte.
    @inline(__always)
    static func escapeMarks(_ word: UInt64, forScript: Bool) -> UInt64 {
        let marks =
            WordScan.hasBelow(word, 0x20) | WordScan.has(word, UInt8(ascii: "\""))
            | WordScan.has(word, UInt8(ascii: "\\"))
        return forScript ? marks | WordScan.has(word, UInt8(ascii: "/")) | WordScan.has(word, 0xE2) : marks
    }

    /// Whether any byte of `source` is a control character, `"` or a backslash: eight bytes at a time
    /// (`WordScan`), the exports' JSON being about 750 bytes a finding.
    static func needsEscape(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        WordScan.contains(
            source, inWord: { escapeMarks($0, forScript: false) != 0 },
            isOne: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
    }

    private static func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer, forScript: Bool)
    {
        guard let base = source.baseAddress else { return }
        let count = source.count
        var start = 0
        var index = 0
        // Eight bytes at a time to the next byte that may need an escape (most values hold none,
        // evidence a line break every few dozen bytes), then one copy of the run before it.
        while index < count {
            // Long runs (evidence) sixteen bytes at a time in C (`bytescan_json`); short ones here.
            if count - index >= WordScan.longRun {
                index += bytescan_json(base + index, count - index, forScript ? 1 : 0)
                guard index < count else { break }
            } else if index + 8 <= count {
                let marks = escapeMarks(WordScan.word(base, at: index), forScript: forScript)
                if marks == 0 {
                    index += 8
                    continue
                }
                index += marks.trailingZeroBitCount >> 3
            }
            let byte = base[index]
            if forScript {
                if byte == UInt8(ascii: "/") {
                    bytes.append(UnsafeBufferPointer(start: base + start, count: index - start))
                    bytes.append(0x5C)
                    bytes.append(UInt8(ascii: "/"))
                    index += 1
                    start = index
                    continue
                }
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                if byte == 0xE2, index + 2 < count, base[index + 1] == 0x80,
                    base[index + 2] == 0xA8 || base[index + 2] == 0xA9
                {
                    bytes.append(UnsafeBufferPointer(start: base + start, count: index - start))
                    bytes.append(base[index + 2] == 0xA8 ? "\\u2028" : "\\u2029" as StaticString)
                    index += 3
                    start = index
                    continue
                }
            }
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            bytes.append(UnsafeBufferPointer(start: base + start, count: index - start))
            switch byte {
            // Escapes byte by byte: an array literal here allocated for every line break.
            case UInt8(ascii: "\""): appendEscape(UInt8(ascii: "\""), to: &bytes)
            case UInt8(ascii: "\\"): appendEscape(UInt8(ascii: "\\"), to: &bytes)
            case 0x0A: appendEscape(UInt8(ascii: "n"), to: &bytes)
            case 0x0D: appendEscape(UInt8(ascii: "r"), to: &bytes)
            case 0x09: appendEscape(UInt8(ascii: "t"), to: &bytes)
            case 0x08: appendEscape(UInt8(ascii: "b"), to: &bytes)
            case 0x0C: appendEscape(UInt8(ascii: "f"), to: &bytes)
            default:
                let hex: StaticString = "0123456789abcdef"
                bytes.append("\\u00" as StaticString)
                hex.withUTF8Buffer { digits in
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0xF)])
                }
            }
            index += 1
            start = index
        }
        bytes.append(UnsafeBufferPointer(start: base + start, count: count - start))
    }
}
