import Foundation

/// Keeps the atomic replace from costing a user a folder that is not a report: the output
/// folder is replaced as a whole, so `--output ~` must fail instead of deleting a home folder.
public enum OutputGuard {
    /// Throws unless `path` does not exist, is an empty folder, or holds a site portreport wrote
    /// (`index.html` and `data/inputs.json`).
    public static func checkSiteFolder(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw PortReportError(step: .writing, path: folder.path, message: "is a file, not a folder for the site")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if entries.isEmpty { return }
        let isSite =
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path)
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent("data/inputs.json").path)
        guard isSite else {
            throw PortReportError(
                step: .writing, path: folder.path,
                message: "holds files that are not a portreport site (no index.html and data/inputs.json): "
                    + "refusing to replace the folder; choose another --output or empty it")
        }
    }
}
