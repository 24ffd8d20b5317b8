import Foundation

/// Writes the site into a temporary folder beside the output and swaps it into place at the end,
/// so a failed run never leaves a half-written site where readers look.
///
/// Only this type writes files. Paths are relative to the site root and made by `SiteLinks`
/// from slugs; a path that would leave the folder is refused.
public final class SiteWriter: @unchecked Sendable {
    /// The final output folder.
    public let output: URL
    /// The folder being filled: `.<name>.tmp-<pid>` beside `output`.
    public let staging: URL
    private let stagingPath: String
    private let manager = FileManager.default
    // Every core's page worker writes through the same writer (one of them the exports):
    // `lock` guards the two mutable properties.
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    private var written = 0
    /// Pages and files written so far.
    public var fileCount: Int { lock.withLock { written } }

    /// Creates the staging folder.
    /// - Throws: `PortReportError` (step `.writing`) when the parent folder cannot be written.
    public init(output: String) throws {
        self.output = URL(fileURLWithPath: output).standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).tmp-\(getpid())")
        stagingPath = staging.path
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw PortReportError(
                step: .writing, path: staging.path,
                message: "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Writes the page in `html` (from `RowHTML`) to `path`, straight from the buffer.
    func write(_ path: String, html: borrowing HTMLBuffer) throws {
        // A whole page in one write: no buffer (capacity 0) to copy it through.
        try html.withBytes { bytes in try stream(path, capacity: 0) { try $0.write(bytes) } }
    }

    /// Writes `contents` to `path` under the staging folder.
    public func write(_ path: String, _ contents: String) throws {
        // Straight from the string's own bytes: a page copied into `Data` first would be held twice.
        try stream(path, capacity: 0) { try $0.write(contents) }
    }

    public func write(_ path: String, _ data: Data) throws {
        let target = URL(fileURLWithPath: try prepare(path))
        do {
            try data.write(to: target)
        } catch {
            throw PortReportError(
                step: .writing, path: target.path, message: "cannot write: \(error.localizedDescription)")
        }
        lock.withLock { written += 1 }
    }

    /// Writes the file at `path` piece by piece through `body`, for exports too large to build in
    /// memory first.
    func stream(_ path: String, capacity: Int = 1 << 20, _ body: (SiteStream) throws -> Void) throws {
        let stream = try SiteStream(path: try prepare(path), capacity: capacity)
        // Closed on failure too: a full disk must not also leak a descriptor per file.
        defer { stream.abandon() }
        try body(stream)
        try stream.close()
        lock.withLock { written += 1 }
    }

    /// Writes the files at `paths` piece by piece, all open together, through `body` (which gets
    /// their streams in the same order).
    func streams(_ paths: [String], capacity: Int, _ body: ([SiteStream]) throws -> Void) throws {
        var streams: [SiteStream] = []
        defer { for stream in streams { stream.abandon() } }
        for path in paths { streams.append(try SiteStream(path: try prepare(path), capacity: capacity)) }
        try body(streams)
        for stream in streams { try stream.close() }
        lock.withLock { written += paths.count }
    }

    /// The staged location of `path`, with its folder created.
    /// - Throws: `PortReportError` when `path` would leave the output folder or its folder
    ///   cannot be made.
    private func prepare(_ path: String) throws -> String {
        guard SiteWriter.staysInside(path) else {
            throw PortReportError(step: .writing, path: path, message: "refusing to write outside the output folder")
        }
        // Plain strings: building URLs for every page was a visible part of writing a large site.
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { stagingPath + "/" + path[..<$0] } ?? stagingPath
        try lock.withLock {
            guard !createdFolders.contains(folder) else { return }
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw PortReportError(
                    step: .writing, path: folder, message: "cannot create: \(error.localizedDescription)")
            }
            createdFolders.insert(folder)
        }
        return stagingPath + "/" + path
    }

    /// Whether `path` is relative and none of its components is empty, `.` or `..`; read as
    /// bytes (splitting it into Characters for every file written was a visible cost).
    static func staysInside(_ path: String) -> Bool {
        var length = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if length == 0 || length == dots && dots <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && !(length == dots && dots <= 2)
    }

    /// Replaces the output folder with the staged site: the old site is moved aside, the new one
    /// renamed into place (one rename), and the old one removed.
    public func commit() throws {
        let aside = staging.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).old-\(getpid())")
        do {
            if manager.fileExists(atPath: output.path) {
                if manager.fileExists(atPath: aside.path) { try manager.removeItem(at: aside) }
                try manager.moveItem(at: output, to: aside)
            }
            try manager.moveItem(at: staging, to: output)
            if manager.fileExists(atPath: aside.path) { try manager.removeItem(at: aside) }
        } catch {
            throw PortReportError(
                step: .writing, path: output.path,
                message: "cannot move the new site into place: \(error.localizedDescription)")
        }
    }

    /// Removes the staging folder after a failure; the previous site stays untouched.
    public func abandon() {
        try? manager.removeItem(at: staging)
    }
}
