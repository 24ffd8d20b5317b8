import Foundation

/// Reads a generated site for assertions.
struct SiteFiles {
    let root: URL

    /// Every file's path relative to the root, sorted.
    var paths: [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var result: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: root.appendingPathComponent(next).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                result.append(next)
            }
        }
        return result.sorted()
    }

    /// The site-relative path a relative link on page `page` points to: `../../style.css` from
    /// `teams/a/index.html` is `style.css`. A link climbing above the root keeps its `..`, so it
    /// matches no file.
    static func resolve(_ link: String, from page: String) -> String {
        var components = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": if !components.isEmpty { components.removeLast() } else { components.append("..") }
            case ".", "": continue
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every `href="…"` and `src="…"` value in an HTML file.
    func links(in path: String) throws -> [String] {
        let html = try text(path)
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let afterStart = rest[start.upperBound...]
                guard let end = afterStart.firstIndex(of: "\"") else { break }
                found.append(String(afterStart[..<end]))
                rest = afterStart[end...]
            }
        }
        return found
    }

    /// The `id="…"` values of an HTML file.
    func ids(in path: String) throws -> Set<String> {
        let html = try text(path)
        var found = Set<String>()
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.firstIndex(of: "\"") else { break }
            found.insert(String(afterStart[..<end]))
            rest = afterStart[end...]
        }
        return found
    }

    /// Every relative link or anchor of every HTML page that points nowhere, as
    /// `page -> link`; also counts the links checked.
    func brokenLinks() throws -> (broken: [String], checked: Int) {
        let all = Set(paths)
        var broken: [String] = []
        var checked = 0
        var idCache: [String: Set<String>] = [:]
        for path in all.sorted() where path.hasSuffix(".html") {
            for link in try links(in: path) {
                checked += 1
                if link.contains("://") {
                    broken.append("\(path) -> \(link) (absolute)")
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : SiteFiles.resolve(parts[0], from: path)
                guard all.contains(target) else {
                    broken.append("\(path) -> \(link)")
                    continue
                }
                if parts.count == 2 {
                    if idCache[target] == nil { idCache[target] = try ids(in: target) }
                    if idCache[target]?.contains(parts[1]) != true { broken.append("\(path) -> \(link) (anchor)") }
                }
            }
        }
        return (broken, checked)
    }
}
