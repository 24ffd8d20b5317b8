/// One CVSS rating of a vulnerability: the version, the base score and the vector.
///
/// The version is taken from the vector's prefix (`CVSS:3.1/…` → 3.1, `CVSS:4.0/…` → 4.0, a bare
/// or `CVSS2#` vector → 2.0) and falls back to the field it came from (Nessus `cvss_*` → 2.0,
/// `cvss3_*` → 3.0, `cvss4_*` → 4.0) when the vector is absent.
public struct CVSS: Sendable, Hashable, Codable {
    /// `2.0`, `3.0`, `3.1` or `4.0`.
    public var version: String
    /// The base score, 0.0…10.0; `nil` when the scanner gave only a vector.
    public var score: Double?
    /// The vector without any `CVSS2#` prefix; `nil` when the scanner gave only a score.
    public var vector: String?

    public init(version: String, score: Double?, vector: String?) {
        self.version = version
        self.score = score
        self.vector = vector
    }

    /// Builds a rating from a score and vector as a scanner wrote them.
    ///
    /// - Parameters:
    ///   - score: the score text; a value that is not a number in 0…10 is dropped.
    ///   - vector: the vector text, with or without prefix.
    ///   - fallbackVersion: the version implied by the field when the vector has no prefix.
    /// - Returns: `nil` when neither a score nor a vector is present.
    public init?(score: String?, vector: String?, fallbackVersion: String) {
        let parsedScore = score.flatMap { Double($0.trimmed) }
            .flatMap { (0...10).contains($0) ? $0 : nil }
        var cleanVector = vector?.trimmed
        if cleanVector?.isEmpty == true { cleanVector = nil }
        guard parsedScore != nil || cleanVector != nil else { return nil }
        var version = fallbackVersion
        if let text = cleanVector {
            if text.hasPrefix("CVSS:") {
                let prefix = text.dropFirst(5).prefix { $0 != "/" }
                if !prefix.isEmpty { version = String(prefix) }
            } else if text.hasPrefix("CVSS2#") {
                version = "2.0"
                cleanVector = String(text.dropFirst(6))
            } else if text.hasPrefix("AV:") && text.contains("Au:") {
                version = "2.0"
            }
        }
        self.init(version: version, score: parsedScore, vector: cleanVector)
    }
}
