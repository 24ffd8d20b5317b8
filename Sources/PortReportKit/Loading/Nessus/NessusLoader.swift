import Foundation

/// Reads Nessus v2 exports (`.nessus`, root `NessusClientData_v2`) as a stream.
///
/// Records are `ReportItem` elements. The `Policy` section (often most of the file) is skipped
/// without copying its text. A legacy v1 file (`NessusClientData`) or a bare `ReportItem`
/// fragment is refused with an error that says so.
public struct NessusLoader: ScanLoader {
    public static let format = "nessus"
    public static let signature = "XML whose root element is NessusClientData_v2"

    /// Also claims legacy v1 files and bare `ReportItem` fragments, to refuse them with a reason.
    public static func recognises(_ sniff: ContentSniff) -> Bool {
        ["NessusClientData_v2", "NessusClientData", "ReportItem"].contains(sniff.xmlRoot ?? "")
    }

    /// Files at least this large are read in parts side by side (`NessusSplitter`).
    var splitThreshold = NessusSplitter.minimumSize
    /// How many parts: four per core, shrinking towards the end of the file, taken in turn by one
    /// reader thread per core, so that the cores finish together (with one part per thread, the
    /// last part ran alone at the end).
    var parts = 4 * ProcessInfo.processInfo.activeProcessorCount

    public init() {}

    /// Appends the file's hosts, findings, observations and plugins to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the XML is malformed or truncated,
    ///   or when the root element is not `NessusClientData_v2`; what was read before the
    ///   failure stays counted in `summary`.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        if let slices = NessusSplitter.slices(path: path, parts: parts, minimumSize: splitThreshold) {
            // Each part is added as soon as it and those before it are read, beside the reading
            // of the rest; into a result of its own, dropped if a part fails.
            var merged = ScanResult()
            var mergedSummary = InputSummary(path: path, format: NessusLoader.format)
            let read = NessusLoader.loadParts(path: path, input: input, slices: slices) { part in
                merged.absorb(part.result)
                // Each part's copy goes as soon as it is absorbed, not when all have been.
                part.result = ScanResult()
                mergedSummary.records += part.summary.records
                mergedSummary.kept += part.summary.kept
                mergedSummary.skipped.merge(part.summary.skipped, uniquingKeysWith: +)
            }
            if read {
                result.absorb(merged)
                summary.records += mergedSummary.records
                summary.kept += mergedSummary.kept
                summary.skipped.merge(mergedSummary.skipped, uniquingKeysWith: +)
                return
            }
        }
        try loadWhole(path: path, input: input, into: &result, summary: &summary)
    }

    /// Reads the parts side by side, one reader thread per core taking them in turn, and hands
    /// each part's reader to `absorb` in file order as soon as it and those before it are read.
    /// Returns whether every part was read; after a failure no more parts are handed over, so
    /// that the file is read again whole and its error reported with the true line and column.
    ///
    /// Each part is read by `XMLScanner`; a part it declines is read again by libxml2 with a
    /// fresh reader, so what it cannot read costs time, never a different reading.
    static func loadParts(
        path: String, input: Int, slices: [XMLSlice], absorb: (NessusReader) -> Void
    ) -> Bool {
        let board = PartBoard(count: slices.count)
        let workers = (0..<min(slices.count, ProcessInfo.processInfo.activeProcessorCount)).map { _ in
            BackgroundWork {
                while let index = board.take() {
                    board.finish(index, reader: readPart(path: path, input: input, slice: slices[index]))
                }
            }
        }
        var complete = true
        for index in slices.indices {
            guard let reader = board.wait(for: index) else {
                complete = false
                board.stop()
                break
            }
            absorb(reader)
        }
        for worker in workers { worker.wait() }
        return complete
    }

    /// One part read by `XMLScanner`, or by libxml2 when the scanner declines it; `nil` when
    /// neither reads it (malformed, or no Nessus root).
    private static func readPart(path: String, input: Int, slice: XMLSlice) -> NessusReader? {
        let reader = { () -> NessusReader in
            var result = ScanResult()
            result.findings.reserveCapacity(slice.range.count / 200)
            return NessusReader(input: input, result: result, summary: InputSummary(path: path, format: format))
        }
        let first = reader()
        if var scanner = try? XMLScanner(path: path, handler: first, slice: slice), scanner.scan() == .finished,
            first.sawRoot
        {
            return first
        }
        let again = reader()
        guard (try? XMLStreamParser(path: path, handler: again, slice: slice).parse()) != nil, again.sawRoot else {
            return nil
        }
        return again
    }

    private func loadWhole(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws
    {
        // Room for every finding up front, from the file's size (no ReportItem takes fewer than
        // about 200 bytes): growing the list by doubling held the old and new copies at once, the
        // peak of loading a large file. Capacity never written to is not resident memory.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int {
            result.findings.reserveCapacity(result.findings.count + size / 200)
        }
        let reader = NessusReader(input: input, result: result, summary: summary)
        let parser = XMLStreamParser(path: path, handler: reader)
        defer {
            result = reader.result
            summary = reader.summary
        }
        try parser.parse()
        if !reader.sawRoot {
            throw PortReportError.input(
                path: path, message: "no Nessus v2 content: the file holds no NessusClientData_v2 element")
        }
    }
}
