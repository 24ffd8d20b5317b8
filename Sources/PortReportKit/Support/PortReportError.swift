/// The one error type of the library: which pipeline step failed, on which file and where.
///
/// Its `description` reads `FILE:LINE:COLUMN: message` (line and column when known), the form
/// compilers use, so editors and terminals can jump to the spot.
public struct PortReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pipeline step that failed.
    public enum Step: String, Sendable, Hashable {
        case configuration
        case loading
        case explaining
        case rendering
        case writing
    }

    public var step: Step
    /// The file concerned, when there is one.
    public var path: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong, in words a user can act on.
    public var message: String

    public init(step: Step, path: String?, line: Int? = nil, column: Int? = nil, message: String) {
        self.step = step
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// An input file that could not be read.
    public static func input(path: String, line: Int? = nil, column: Int? = nil, message: String) -> PortReportError {
        PortReportError(step: .loading, path: path, line: line, column: column, message: message)
    }

    /// A problem in `portreport.yml`.
    public static func configuration(path: String, line: Int? = nil, column: Int? = nil, message: String)
        -> PortReportError
    {
        PortReportError(step: .configuration, path: path, line: line, column: column, message: message)
    }

    public var description: String {
        var location = path ?? "portreport"
        if let line, line > 0 {
            location += ":\(line)"
            if let column, column > 0 { location += ":\(column)" }
        }
        return "\(location): \(message)"
    }
}
