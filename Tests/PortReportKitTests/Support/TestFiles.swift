import Foundation

/// Temporary files and the repository's own folders, for tests.
enum TestFiles {
    /// The repository root, found from this file's path.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/corpus` beside the checkout, when present.
    static var corpus: URL? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The folder every `folder()` of this test process is made in, under the system's temporary
    /// folder; removed with all it holds when the process exits (each run of the suite left a few
    /// hundred folders behind).
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "portreport-tests-\(UUID().uuidString)")
        atexit { TestFiles.removeRoot() }
        return url
    }()

    private static func removeRoot() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A fresh empty folder under `root`.
    static func folder() throws -> URL {
        let url = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `contents` to a file named `name` in a fresh folder and returns its path.
    static func write(_ contents: String, name: String = "scan.nessus") throws -> String {
        let url = try folder().appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }
}
