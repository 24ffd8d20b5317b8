import Foundation

/// Reads every input file with the loader its content calls for, into one `ScanResult`.
public struct InputLoader: Sendable {
    /// A `--format` name that overrides detection for every input, or `nil` to sniff each file.
    public var formatOverride: String?

    public init(formatOverride: String? = nil) {
        self.formatOverride = formatOverride
    }

    /// Loads the files in order. An input that fails contributes nothing but its summary, whose
    /// `error` says why; the others still load.
    ///
    /// - Parameter progress: called after each file with (files done, files in all).
    public func load(_ paths: [String], progress: (Int, Int) -> Void = { _, _ in }) -> ScanResult {
        var combined = ScanResult()
        // Files are read a few at a time, one per core (a Nessus export and its Nmap scan read
        // side by side), and combined in the order given, so the result does not depend on timing.
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: paths.count, by: width) {
            let indices = Array(start..<min(paths.count, start + width))
            var loaded = Parallel.map(indices.count) { slot in
                self.loadOne(paths[indices[slot]], input: indices[slot])
            }
            for slot in loaded.indices {
                let (single, summary) = loaded[slot]
                // Dropped from the batch, so that `combined`, which may share its storage, is not
                // copied when the next input is appended to it.
                loaded[slot].0 = ScanResult()
                combined.absorb(single)
                combined.inputs.append(summary)
            }
            progress(indices.last.map { $0 + 1 } ?? 0, paths.count)
        }
        return combined
    }

    /// One file read into a result of its own; a failure is recorded in the summary, with
    /// nothing kept from the file.
    private func loadOne(_ path: String, input index: Int) -> (ScanResult, InputSummary) {
        var summary = InputSummary(path: path, format: "unknown")
        var single = ScanResult()
        do {
            let loader = try resolveLoader(for: path)
            summary.format = type(of: loader).format
            try loader.load(path: path, input: index, into: &single, summary: &summary)
            single.capEvidence()
        } catch let error as PortReportError {
            // Messages may quote the file; control characters must not reach a terminal.
            summary.error = FormatDetector.printable(error.description)
            summary.discardAfterFailure()
            single = ScanResult()
        } catch {
            summary.error = "\(path): \(error)"
            summary.discardAfterFailure()
            single = ScanResult()
        }
        return (single, summary)
    }

    private func resolveLoader(for path: String) throws -> any ScanLoader {
        if let formatOverride {
            guard let loader = FormatDetector.loader(named: formatOverride) else {
                throw PortReportError.input(path: path, message: "unknown --format '\(formatOverride)'")
            }
            return loader
        }
        return try FormatDetector.loader(for: path)
    }
}

extension ScanResult {
    /// The longest plugin output or banner kept, in UTF-8 bytes: a page shows many of them,
    /// and a runaway value (a CSV cell whose quote never closes) must not make a 100 MB page.
    static let evidenceLimit = 32 * 1024

    /// Cuts plugin outputs and banners longer than `evidenceLimit`, saying how much was cut.
    mutating func capEvidence() {
        for index in findings.indices {
            if let text = findings[index].evidence, text.utf8.count > ScanResult.evidenceLimit {
                findings[index].evidence = ScanResult.cut(text)
            }
        }
        for index in observations.indices {
            if let text = observations[index].banner, text.utf8.count > ScanResult.evidenceLimit {
                observations[index].banner = ScanResult.cut(text)
            }
        }
    }

    static func cut(_ text: String) -> String {
        let kept = String(decoding: text.utf8.prefix(evidenceLimit), as: UTF8.self)
        let dropped = text.utf8.count - kept.utf8.count
        return kept + "\n[… \(dropped) more bytes not shown; see the scanner's own export]"
    }

    /// Appends another input's result, renumbering its host references.
    mutating func absorb(_ other: ScanResult) {
        if hosts.isEmpty && findings.isEmpty && observations.isEmpty && plugins.isEmpty {
            // The first input is taken whole rather than copied finding by finding: a copy would
            // hold every finding twice at the peak of a large build.
            let inputs = self.inputs
            self = other
            self.inputs = inputs
            return
        }
        let offset = hosts.count
        hosts.append(contentsOf: other.hosts)
        findings.reserveCapacity(findings.count + other.findings.count)
        for var finding in other.findings {
            finding.host += offset
            findings.append(finding)
        }
        for var observation in other.observations {
            observation.host += offset
            observations.append(observation)
        }
        for plugin in other.plugins.values.sorted(by: { $0.key < $1.key }) { register(plugin) }
    }
}
