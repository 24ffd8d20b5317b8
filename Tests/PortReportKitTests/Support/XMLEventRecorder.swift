@testable import PortReportKit

/// An XML event handler that writes down every event, to compare `XMLScanner` with libxml2
/// (`XMLStreamParser`) on the same document.
///
/// It wants text everywhere except inside elements named `skip`, so that both kinds of run are
/// compared, and it can throw at an element named `boom`.
final class XMLEventRecorder: XMLEventHandler {
    private(set) var events: [String] = []
    private var skipping = 0

    struct Boom: Error {}

    func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {
        if name == "boom" { throw Boom() }
        var pairs: [String] = []
        attributes.forEachBytes {
            pairs.append("\(String(decoding: $0, as: UTF8.self))=\(String(decoding: $1, as: UTF8.self))")
        }
        // The lookup by name must agree with the pass over all attributes.
        for pair in pairs {
            let name = String(pair.prefix { $0 != "=" })
            events.append("lookup \(name)=\(attributes[name] ?? "<nil>")")
        }
        events.append("start \(prefix.map { "\($0):" } ?? "")\(name) [\(pairs.joined(separator: "|"))]")
        if name == "skip" { skipping += 1 }
    }

    func endElement(_ name: String, prefix: String?) throws {
        events.append("end \(prefix.map { "\($0):" } ?? "")\(name)")
        if name == "skip" { skipping -= 1 }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        events.append("text \(Array(bytes))")
    }

    var wantsCharacters: Bool { skipping == 0 }

    /// The events libxml2 gives for the file at `path`, or `nil` when it refuses the file.
    static func libxml2(_ path: String, slice: XMLSlice? = nil) -> [String]? {
        let recorder = XMLEventRecorder()
        do {
            try XMLStreamParser(path: path, handler: recorder, slice: slice).parse()
        } catch {
            return nil
        }
        return recorder.events
    }

    /// The events `XMLScanner` gives, with how the scan ended.
    static func scanner(_ path: String, slice: XMLSlice? = nil, capacity: Int = 1 << 20) throws -> (
        XMLScanner<XMLEventRecorder>.Outcome, [String]
    ) {
        let recorder = XMLEventRecorder()
        var scanner = try XMLScanner(path: path, handler: recorder, slice: slice, capacity: capacity)
        let outcome = scanner.scan()
        return (outcome, recorder.events)
    }
}
