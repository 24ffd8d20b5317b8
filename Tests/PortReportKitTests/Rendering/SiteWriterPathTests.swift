import Foundation
import Testing

@testable import PortReportKit

@Suite("Paths the site writer accepts")
struct SiteWriterPathTests {
    @Test("relative paths of named components are accepted; absolute, empty, . and .. components are refused")
    func staysInside() {
        for path in ["index.html", "hosts/a.html", "data/findings.json", "...", "a/.b", "a..b/c", "x/y/z.html"] {
            #expect(SiteWriter.staysInside(path), "\(path)")
        }
        for path in ["", "/etc/passwd", "../x", "a/../b", "./a", "a/.", "a/..", "a//b", "a/", ".", ".."] {
            #expect(!SiteWriter.staysInside(path), "\(path)")
        }
    }

    @Test("writing outside the output folder is refused with the path named")
    func refused() throws {
        let output = try TestFiles.folder().appendingPathComponent("public")
        let writer = try SiteWriter(output: output.path)
        let error = try #require(throws: PortReportError.self) { try writer.write("../escape.html", "x") }
        #expect(error.description.contains("../escape.html"))
        #expect(
            !FileManager.default.fileExists(
                atPath: output.deletingLastPathComponent().appendingPathComponent("escape.html").path))
    }
}
