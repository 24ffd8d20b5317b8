import Foundation

/// Standard error output and terminal detection.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is an interactive terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A one-line progress indicator on standard error, shown only on a terminal.
final class Progress {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled && Terminal.stderrIsTerminal
    }

    func show(_ status: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(status)".utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }
}
