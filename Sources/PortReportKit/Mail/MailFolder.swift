import Foundation

/// Writes one `.eml` file per message into a folder that is replaced as a whole, like the site:
/// the messages go to a temporary folder beside it, which takes its place in one rename. The
/// folder then holds exactly this run's messages, so nothing stale is sent from it later.
public enum MailFolder {
    /// Writes `messages` as `<team-id>.eml` into `path` and returns the folder's absolute path.
    ///
    /// - Throws: `PortReportError` (step `.writing`) when the folder holds anything but `.eml`
    ///   files (it would be replaced, so a mistyped `--out` must not cost a folder of other
    ///   files), or when writing or the rename fails; the previous folder is then untouched.
    @discardableResult
    public static func write(_ messages: [TeamMessage], to path: String) throws -> URL {
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw PortReportError(
                    step: .writing, path: folder.path, message: "is a file, not a folder for messages")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if let other = entries.sorted().first(where: { !$0.hasSuffix(".eml") }) {
                throw PortReportError(
                    step: .writing, path: folder.path,
                    message: "holds '\(other)', which is not a message: refusing to replace the folder "
                        + "(choose another --out)")
            }
        }
        let writer = try SiteWriter(output: folder.path)
        do {
            for message in messages { try writer.write(message.fileName, message.message.rendered()) }
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
        return writer.output
    }
}
