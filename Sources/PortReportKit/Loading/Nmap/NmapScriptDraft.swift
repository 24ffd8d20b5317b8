import Foundation

/// One NSE `<script>` of a port or of a host's `<hostscript>`, while it is read.
struct NmapScriptDraft {
    /// `script@id`, e.g. `ssh-hostkey`, `vulners`.
    var id: String
    /// `script@output`: the text Nmap prints; absent in some exports.
    var output: String?
    /// The structured `<elem>`/`<table>` children as indented `key: value` lines, the fallback
    /// text when `output` is absent.
    var lines: [String] = []
    /// Every `<elem key="cvss">` value (the `vulners` script lists one per CVE).
    var cvssScores: [Double] = []
    /// The key of the `<elem>` whose text is being read.
    var elementKey: String?
    private var tableDepth = 0

    init(id: String, output: String?) {
        self.id = id
        self.output = output
    }

    /// A `<table key=…>` opened: its key becomes a heading line, its children are indented.
    mutating func openTable(key: String?) {
        if let key = LoaderText.nonEmpty(key) { lines.append(indent + key + ":") }
        tableDepth += 1
    }

    mutating func closeTable() {
        tableDepth = max(0, tableDepth - 1)
    }

    /// An `<elem key=…>value</elem>` read.
    mutating func addElement(key: String?, value: String) {
        let trimmed = value.trimmed
        if let key = LoaderText.nonEmpty(key) {
            lines.append(indent + key + ": " + trimmed)
            if key.lowercased() == "cvss", let score = Double(trimmed), (0...10).contains(score) {
                cvssScores.append(score)
            }
        } else if !trimmed.isEmpty {
            lines.append(indent + trimmed)
        }
    }

    /// The script's text: `output`, else the `<elem>` lines; `nil` when both are empty.
    ///
    /// Nmap starts multi-line output with a new line and indents every line by two spaces; the
    /// blank lines around it, the indentation all lines share and trailing spaces are removed.
    var text: String? {
        NmapScriptDraft.dedented(output) ?? NmapScriptDraft.dedented(lines.joined(separator: "\n"))
    }

    static func dedented(_ text: String?) -> String? {
        guard let text else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var trimmed = Substring(line)
            while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
            return trimmed
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard !lines.isEmpty else { return nil }
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.isEmpty ? "" : String($0.dropFirst(indent)) }.joined(separator: "\n")
    }

    private var indent: String { String(repeating: "  ", count: tableDepth) }
}
