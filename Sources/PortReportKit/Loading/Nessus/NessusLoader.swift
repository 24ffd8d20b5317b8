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
    /// How many parts: two per core, so that the parts (and the other inputs read beside them)
    /// share the cores until nearly the end instead of one core finishing its half early.
    var parts = 2 * ProcessInfo.processInfo.activeProcessorCount

    public init() {}

    /// Appends the file's hosts, findings, observations and plugins to `result`.
    ///
    /// - Throws: `PortReportError` with line and column when the XML is malformed or truncated,
    ///   or when the root element is not `NessusClientData_v2`; what was read before the
    ///   failure stays counted in `summary`.
    public func load(path: String, input: Int, into result: inout ScanResult, summary: inout InputSummary) throws {
        if let slices = NessusSplitter.slices(path: path, parts: parts, minimumSize: splitThreshold),
            let parts = NessusLoader.loadParts(path: path, input: input, slices: slices)
        {
            for part in parts {
                result.absorb(part.result)
                // Each part's copy goes as soon as it is absorbed, not when all have been.
                part.result = ScanResult()
                summary.records += part.summary.records
                summary.kept += part.summary.kept
                summary.skipped.merge(part.summary.skipped, uniquingKeysWith: +)
            }
            return
        }
        try loadWhole(path: path, input: input, into: &result, summary: &summary)
    }

    /// The parts read side by side, one thread each; `nil` when any part fails, so that the file
    /// is read again whole and its error reported with the true line and column.
    ///
    /// Each part is read by `XMLScanner`; a part it declines is read again by libxml2 with a
    /// fresh reader, so what it cannot read costs time, never a different reading.
    static func loadParts(path: String, input: Int, slices: [XMLSlice]) -> [NessusReader]? {
        let reader = { @Sendable (slice: XMLSlice) in
            var result = ScanResult()
            result.findings.reserveCapacity(slice.range.count / 200)
            return NessusReader(input: input, result: result, summary: InputSummary(path: path, format: format))
        }
        // Each box is filled by the one thread that reads its part, and read here only after
        // every thread has finished: safe without a lock.
        let boxes = slices.map { _ in ReaderBox() }
        let failed = Failures()
        let read = { @Sendable (index: Int) in
            let first = reader(slices[index])
            if let scanner = try? XMLScanner(path: path, handler: first, slice: slices[index]) {
                var scanner = scanner
                if scanner.scan() == .finished && first.sawRoot {
                    boxes[index].reader = first
                    return
                }
            }
            let again = reader(slices[index])
            do {
                try XMLStreamParser(path: path, handler: again, slice: slices[index]).parse()
                if again.sawRoot { boxes[index].reader = again } else { failed.mark() }
            } catch {
                failed.mark()
            }
        }
        let others = (1..<slices.count).map { index in BackgroundWork { read(index) } }
        read(0)
        for other in others { other.wait() }
        if failed.any { return nil }
        return boxes.compactMap(\.reader)
    }

    /// The reader of one part, handed from the thread that read it.
    private final class ReaderBox: @unchecked Sendable {
        var reader: NessusReader?
    }

    /// Whether any part failed, set from several threads.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var failed = false
        func mark() { lock.withLock { failed = true } }
        var any: Bool { lock.withLock { failed } }
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
