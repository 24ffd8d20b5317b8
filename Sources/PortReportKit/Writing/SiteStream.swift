import Foundation

#if canImport(Glibc)
    import Glibc

    // The C functions, named apart from `SiteStream`'s own `close()`.
    private let systemWrite = Glibc.write
    private let systemClose = Glibc.close
#elseif canImport(Darwin)
    import Darwin

    private let systemWrite = Darwin.write
    private let systemClose = Darwin.close
#endif

/// One file of the site written piece by piece, so that an export of a million findings never
/// has to sit in memory whole: bytes gather in a buffer of up to `capacity` and go to disk when it
/// fills.
final class SiteStream {
    private let descriptor: Int32
    private let path: String
    private var buffer: ByteBuffer
    private let capacity: Int
    private var isOpen = true

    /// Creates (truncating) the file at `url`.
    /// - Throws: `PortReportError` (step `.writing`) when it cannot be created.
    convenience init(url: URL, capacity: Int = 1 << 20) throws {
        try self.init(path: url.path, capacity: capacity)
    }

    /// Creates (truncating) the file at `path`.
    /// - Throws: `PortReportError` (step `.writing`) when it cannot be created.
    init(path: String, capacity: Int = 1 << 20) throws {
        self.path = path
        self.capacity = capacity
        buffer = ByteBuffer(capacity: capacity)
        // A plain open: FileManager.createFile writes an empty file through a temporary one and
        // a rename before it can be opened, three times the file system work for every page.
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PortReportError(
                step: .writing, path: path, message: "cannot create: \(String(cString: strerror(errno)))")
        }
    }

    /// Appends the UTF-8 bytes of `text`.
    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write($0) }
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    /// Appends the bytes of `bytes`.
    func write(_ bytes: borrowing ByteBuffer) throws {
        try bytes.withBytes { try write($0) }
    }

    /// Appends `bytes`; large pieces (a whole page) go to disk directly instead of being copied
    /// into the buffer.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard bytes.count >= min(capacity, 1 << 16) else {
            buffer.append(bytes)
            if buffer.count >= capacity { try flush() }
            return
        }
        try flush()
        try put(bytes)
    }

    /// Lets `body` append to the buffer directly (for byte-level writers such as the CSV one).
    func append(_ body: (inout ByteBuffer) -> Void) throws {
        body(&buffer)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        guard isOpen else { return }
        defer { abandon() }
        try flush()
    }

    /// Closes the file without writing what is buffered (after a failure: the staging folder is
    /// thrown away). Does nothing once the file is closed.
    func abandon() {
        guard isOpen else { return }
        isOpen = false
        _ = systemClose(descriptor)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withBytes { try put($0) }
        buffer.removeAll()
    }

    /// Writes all of `bytes`, retrying short writes and interruptions.
    private func put(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw PortReportError(
                    step: .writing, path: path, message: "cannot write: \(String(cString: strerror(errno)))")
            }
            remaining -= written
            next += written
        }
    }
}
