import Foundation
import Yams

/// Reads and validates `portreport.yml`.
///
/// Every error names the file, line, column and key (`portreport.yml:14:9: teams[0].owns[2].cidr:
/// '10.0.0.0/33' is not a network`). Relative paths are taken from the file's folder.
public enum ConfigurationLoader {
    /// Reads the configuration file at `path`.
    /// - Throws: `PortReportError` (step `.configuration`) for unreadable files, YAML syntax
    ///   errors, unknown keys, bad values, duplicate team ids and rules naming unknown teams.
    public static func load(path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PortReportError.configuration(path: path, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PortReportError.configuration(path: path, message: "the configuration file is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses configuration text; `path` names it in errors and anchors relative paths.
    public static func parse(_ text: String, path: String) throws -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw yamlError(error, path: path)
        }
        var configuration = Configuration()
        configuration.path = path
        guard let root else { return configuration }
        let reader = YAMLNodeReader(path: path)
        let folder = (path as NSString).deletingLastPathComponent
        let allowed: Set<String> = [
            "title", "inputs", "output", "teams", "assets", "load_balancers", "firewall_suspect_ports",
            "suppressions", "merge",
        ]
        var sections = ConfigurationSections(reader: reader, folder: folder)
        for (key, value) in try reader.mapping(root, "", allowed: allowed) {
            switch key {
            case "title": configuration.title = try reader.string(value, key)
            case "inputs": configuration.inputs = try reader.strings(value, key).map { sections.resolve($0) }
            case "output": configuration.output = sections.resolve(try reader.string(value, key))
            case "teams": configuration.teams = try sections.teams(value)
            case "assets": configuration.assets = try sections.assets(value)
            case "load_balancers": configuration.loadBalancers = try sections.loadBalancers(value)
            case "firewall_suspect_ports":
                configuration.firewallSuspectPorts = try reader.integer(value, key, range: 1...65535)
            case "suppressions": configuration.suppressions = try sections.suppressions(value)
            case "merge":
                let text = try reader.string(value, key)
                guard let policy = MergePolicy(rawValue: text) else {
                    throw reader.error(value, key, "'\(text)' is not one of: none, names, names+mac")
                }
                configuration.merge = policy
            default: break
            }
        }
        try sections.checkReferences(configuration)
        configuration.diagnostics = sections.diagnostics
        return configuration
    }

    private static func yamlError(_ error: YamlError, path: String) -> PortReportError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .configuration(path: path, line: mark.line, column: mark.column, message: "YAML syntax: \(detail)")
        default:
            return .configuration(path: path, message: "YAML: \(error)")
        }
    }
}
