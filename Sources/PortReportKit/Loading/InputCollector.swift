import Foundation

/// Expands the inputs a user named (files and folders) into the files to read.
public enum InputCollector {
    /// Every regular file named, or found (recursively) in a folder named, in a stable order.
    ///
    /// Files inside folders are sorted by path; hidden files and folders (`.name`) inside a folder
    /// are left out. A named path that does not exist is returned as is, so loading reports it.
    ///
    /// - Parameter excluded: the output folder: a site written inside an input folder is never
    ///   read back as scans. Folders holding a portreport site (`index.html` and
    ///   `data/inputs.json`) are skipped for the same reason.
    public static func files(in paths: [String], excluding excluded: String? = nil) -> [String] {
        let excludedPath = excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        var result: [String] = []
        var seen = Set<String>()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                if seen.insert(path).inserted { result.append(path) }
                continue
            }
            var found: [String] = []
            var sites: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                for case let relative as String in walker {
                    let components = relative.split(separator: "/")
                    if components.contains(where: { $0.hasPrefix(".") }) { continue }
                    let full = (path as NSString).appendingPathComponent(relative)
                    let standard = URL(fileURLWithPath: full).standardizedFileURL.path + "/"
                    if let excludedPath, standard.hasPrefix(excludedPath) { continue }
                    if sites.contains(where: { standard.hasPrefix($0) }) { continue }
                    if relative.hasSuffix("data/inputs.json"),
                        manager.fileExists(
                            atPath: (full as NSString)
                                .deletingLastPathComponent.appending("/../index.html"))
                    {
                        let site = URL(fileURLWithPath: full).deletingLastPathComponent().deletingLastPathComponent()
                        sites.append(site.standardizedFileURL.path + "/")
                    }
                    var childIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                        found.append(full)
                    }
                }
            }
            let outsideSites = found.filter { file in
                let standard = URL(fileURLWithPath: file).standardizedFileURL.path
                return !sites.contains { standard.hasPrefix($0) }
            }
            for file in outsideSites.sorted() where seen.insert(file).inserted { result.append(file) }
        }
        return result
    }
}
