import Yams

/// Typed access to a composed YAML node that turns every mistake into a `PortReportError`
/// naming the file, the line and column, and the key path (`teams[1].owns[0].cidr`).
struct YAMLNodeReader {
    let path: String

    func error(_ node: Node?, _ keyPath: String, _ message: String) -> PortReportError {
        PortReportError.configuration(
            path: path, line: node?.mark?.line, column: node?.mark?.column,
            message: keyPath.isEmpty ? message : "\(keyPath): \(message)")
    }

    /// The pairs of a mapping, refusing keys outside `allowed` so typos do not pass silently.
    func mapping(_ node: Node, _ keyPath: String, allowed: Set<String>) throws -> [(key: String, value: Node)] {
        guard let mapping = node.mapping else { throw error(node, keyPath, "expected a mapping of keys to values") }
        var pairs: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw error(keyNode, keyPath, "keys must be plain text") }
            guard allowed.contains(key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw error(keyNode, join(keyPath, key), "unknown key '\(key)'; expected one of: \(known)")
            }
            pairs.append((key, value))
        }
        return pairs
    }

    func string(_ node: Node, _ keyPath: String) throws -> String {
        guard let value = node.scalar?.string else { throw error(node, keyPath, "expected a text value") }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw error(node, keyPath, "must not be empty") }
        return trimmed
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ node: Node, _ keyPath: String) throws -> [String] {
        if node.scalar != nil { return [try string(node, keyPath)] }
        guard let sequence = node.sequence else { throw error(node, keyPath, "expected a list") }
        return try sequence.enumerated().map { try string($0.element, "\(keyPath)[\($0.offset)]") }
    }

    func sequence(_ node: Node, _ keyPath: String) throws -> [Node] {
        guard let sequence = node.sequence else { throw error(node, keyPath, "expected a list") }
        return Array(sequence)
    }

    func integer(_ node: Node, _ keyPath: String, range: ClosedRange<Int>) throws -> Int {
        guard let text = node.scalar?.string, let value = Int(text), range.contains(value) else {
            throw error(node, keyPath, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func join(_ keyPath: String, _ key: String) -> String { keyPath.isEmpty ? key : "\(keyPath).\(key)" }
}
