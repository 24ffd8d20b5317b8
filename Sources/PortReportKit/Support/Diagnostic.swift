/// A problem that does not stop the build: a line an importer skipped, an expired suppression,
/// a pool member no rule owns. Shown by `portreport check`, the build summary and the index.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// The file concerned, when there is one.
    public var path: String?
    /// 1-based line, when known.
    public var line: Int?
    public var message: String

    public init(severity: Severity = .warning, path: String?, line: Int?, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    /// `warning: lb/haproxy.cfg:12: message`.
    public var description: String {
        var location = path.map { "\($0)" } ?? ""
        if let line, path != nil { location += ":\(line)" }
        return location.isEmpty ? "\(severity.rawValue): \(message)" : "\(severity.rawValue): \(location): \(message)"
    }
}
