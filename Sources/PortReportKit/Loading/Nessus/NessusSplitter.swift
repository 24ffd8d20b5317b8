import Foundation

/// Cuts a large `.nessus` file into parts that start at a `<ReportHost` tag, so that the parts
/// can be parsed side by side on every core (reading a 2 GB export is otherwise one core's work).
///
/// Each part after the first is framed with the file's own beginning (XML declaration and root
/// start tag) and its `<Report>` start tag; each part before the last is closed with
/// `</Report></NessusClientData_v2>`. A cut that lands inside a comment or CDATA section makes
/// its part malformed, and `NessusLoader` then reads the file in one piece instead: the parts are
/// an optimisation, never a different reading.
enum NessusSplitter {
    /// Files below this size are read in one piece.
    static let minimumSize = 16 << 20

    /// The parts of the file, or `nil` when it should be read whole: small, no `Report` element
    /// near the start, a DOCTYPE, or no `<ReportHost` near a cut.
    static func slices(path: String, parts: Int, minimumSize: Int = NessusSplitter.minimumSize) -> [XMLSlice]? {
        guard parts > 1, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), Int(size) >= minimumSize else { return nil }
        let fileSize = Int(size)
        // The start of the file up to the Report start tag: the Policy section before it is small
        // next to the hosts (a few hundred kilobytes in real exports).
        // A first look at 256 KB, then up to 8 MB: looking through 8 MB every time (for a DOCTYPE
        // that can only stand before the root element) held up the start of a large build.
        var head: [UInt8] = []
        var report: Int?
        for length in [256 << 10, 8 << 20] {
            guard let bytes = read(handle, at: 0, count: min(fileSize, length)) else { return nil }
            head = bytes
            report = find(Array("<Report".utf8), in: head, from: 0, followedByNameEnd: true)
            if report != nil || bytes.count < length { break }
        }
        guard let report, let reportEnd = head[report...].firstIndex(of: UInt8(ascii: ">")),
            let root = find(Array("<NessusClientData_v2".utf8), in: head, from: 0, followedByNameEnd: true),
            root < report,
            find(Array("<!DOCTYPE".utf8), in: Array(head[..<root]), from: 0, followedByNameEnd: false) == nil,
            let rootEnd = head[root...].firstIndex(of: UInt8(ascii: ">")), rootEnd < report
        else { return nil }
        let prefix = Array(head[..<(rootEnd + 1)]) + Array(head[report...reportEnd])
        let suffix = Array("</Report></NessusClientData_v2>".utf8)

        // Parts shrink from first to last (sizes in proportion to parts, parts - 1, …, 1): the
        // reader threads take them in turn, and the last to finish ran alone at the end of
        // loading; a small last part keeps that stretch short.
        var cuts: [Int] = []
        let total = parts * (parts + 1) / 2
        for part in 1..<parts {
            let before = part * parts - part * (part - 1) / 2
            let target = max(reportEnd + 1, Int(Double(fileSize) * Double(before) / Double(total)))
            guard let cut = nextHost(handle, from: target, fileSize: fileSize), cut > (cuts.last ?? reportEnd) else {
                continue
            }
            cuts.append(cut)
        }
        guard !cuts.isEmpty else { return nil }
        let bounds = [0] + cuts + [fileSize]
        return (0..<(bounds.count - 1)).map { index in
            XMLSlice(
                range: bounds[index]..<bounds[index + 1], prefix: index == 0 ? [] : prefix,
                suffix: index == bounds.count - 2 ? [] : suffix)
        }
    }

    /// The offset of the first `<ReportHost` tag at or after `offset`, searched in windows of a
    /// megabyte up to 64 MB on.
    private static func nextHost(_ handle: FileHandle, from offset: Int, fileSize: Int) -> Int? {
        let needle = Array("<ReportHost".utf8)
        let window = 1 << 20
        var start = offset
        while start < min(fileSize, offset + (64 << 20)) {
            guard let bytes = read(handle, at: start, count: window + needle.count) else { return nil }
            if let found = find(needle, in: bytes, from: 0, followedByNameEnd: true) { return start + found }
            if bytes.count < window { return nil }
            start += window
        }
        return nil
    }

    private static func read(_ handle: FileHandle, at offset: Int, count: Int) -> [UInt8]? {
        guard (try? handle.seek(toOffset: UInt64(offset))) != nil, let data = try? handle.read(upToCount: count) else {
            return nil
        }
        return [UInt8](data)
    }

    /// The first index of `needle` in `bytes`; with `followedByNameEnd`, only where the name ends
    /// there (white space, `>` or `/` follows), so `<Report` does not find `<ReportHost`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, followedByNameEnd: Bool) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            guard let hit = bytes[index...(bytes.count - needle.count)].firstIndex(of: first) else { return nil }
            if bytes[hit..<(hit + needle.count)].elementsEqual(needle) {
                let after = hit + needle.count
                if !followedByNameEnd { return hit }
                if after < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[after]) { return hit }
            }
            index = hit + 1
        }
        return nil
    }
}
