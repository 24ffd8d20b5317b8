import Foundation

/// One file of the site written piece by piece, so that an export of a million findings never
/// has to sit in memory whole: bytes gather in a buffer of up to `capacity` and go to disk when it
/// fills.
final class SiteStream {
    private let handle: FileHandle
    private let path: String
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Creates (truncating) the file at `url`.
    /// - Throws: `PortReportError` (step `.writing`) when it cannot be created.
    init(url: URL, capacity: Int = 1 << 20) throws {
        path = url.path
        self.capacity = capacity
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw PortReportError(step: .writing, path: url.path, message: "cannot create the file")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw PortReportError(step: .writing, path: url.path, message: "cannot open: \(error.localizedDescription)")
        }
    }

    /// Appends the UTF-8 bytes of `text`; a text larger than the buffer goes to disk directly.
    func write(_ text: String) throws {
        // Large pieces (a whole page) skip the buffer instead of being copied into it.
        if text.utf8.count >= min(capacity, 1 << 16) {
            try flush()
            var text = text
            try text.withUTF8 { try put($0) }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends `bytes`.
    func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Lets `body` append to the buffer directly (for byte-level writers such as the CSV one).
    func append(_ body: (inout [UInt8]) -> Void) throws {
        body(&buffer)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        do {
            try handle.close()
        } catch {
            throw PortReportError(step: .writing, path: path, message: "cannot close: \(error.localizedDescription)")
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { try put($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func put(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        do {
            try handle.write(contentsOf: UnsafeRawBufferPointer(bytes))
        } catch {
            throw PortReportError(step: .writing, path: path, message: "cannot write: \(error.localizedDescription)")
        }
    }
}
