import Foundation

/// Expands the inputs a user named (files and folders) into the files to read.
public enum InputCollector {
    /// Every regular file named, or found (recursively) in a folder named, in a stable order.
    ///
    /// Files inside folders are sorted by path; hidden files and folders (`.name`) inside a folder
    /// are left out. A named path that does not exist is returned as is, so loading reports it.
    public static func files(in paths: [String]) -> [String] {
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
            if let walker = manager.enumerator(atPath: path) {
                for case let relative as String in walker {
                    let components = relative.split(separator: "/")
                    if components.contains(where: { $0.hasPrefix(".") }) { continue }
                    let full = (path as NSString).appendingPathComponent(relative)
                    var childIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                        found.append(full)
                    }
                }
            }
            for file in found.sorted() where seen.insert(file).inserted { result.append(file) }
        }
        return result
    }
}
