#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The load-balancer configuration importers, and reading one file with the right one.
public enum LoadBalancerImporters {
    /// Every importer, most specific first: the first whose `recognises` accepts a file's
    /// content reads it. F5's `ltm virtual` cannot be mistaken for anything else; nginx's
    /// `listen …;` would look like an HAProxy `listen` section to a careless eye, so nginx is
    /// asked before HAProxy (whose check also refuses lines with `;` or `{`).
    public static let all: [any LoadBalancerImporter.Type] = [
        F5Importer.self, NginxImporter.self, HAProxyImporter.self,
    ]

    /// The importer for `text`, chosen from its content (never from a file name); `nil` when
    /// none recognises it.
    public static func importer(for text: String) -> (any LoadBalancerImporter.Type)? {
        all.first { $0.recognises(text) }
    }

    /// Reads the configuration file at `path` with the importer its content calls for.
    ///
    /// Never throws: a file that cannot be read, or that no importer recognises, gives an import
    /// with no virtual servers and one diagnostic saying why (naming the kinds tried).
    /// Bytes that are not UTF-8 are replaced, so one stray byte in a comment costs nothing.
    public static func importFile(path: String) -> LoadBalancerImport {
        let text: String
        switch readFile(path) {
        case .success(let bytes):
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            text = String(decoding: body, as: UTF8.self)
        case .failure(let problem):
            return LoadBalancerImport(diagnostics: [Diagnostic(path: path, line: nil, message: problem.message)])
        }
        guard let importer = importer(for: text) else {
            let tried = all.map { $0.kind }.joined(separator: ", ")
            return LoadBalancerImport(diagnostics: [
                Diagnostic(
                    path: path, line: nil, message: "not a recognised load-balancer configuration; tried \(tried)")
            ])
        }
        return importer.read(text, path: path)
    }

    /// Why a file could not be read, in the system's words.
    private struct ReadProblem: Error {
        var message: String
    }

    /// The whole file at `path`.
    private static func readFile(_ path: String) -> Result<[UInt8], ReadProblem> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(ReadProblem(message: "cannot open: \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress, raw.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadProblem(message: "cannot read: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
