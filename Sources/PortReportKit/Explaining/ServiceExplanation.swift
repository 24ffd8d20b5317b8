/// A plain-language explanation of one service, from `Templates/services/<slug>.md`.
public struct ServiceExplanation: Sendable, Hashable {
    /// The file name without `.md`: `ssh`.
    public var slug: String
    /// Front matter `title`: `SSH (Secure Shell)`.
    public var title: String
    /// Front matter `ports`: the ports the file covers.
    public var ports: [Port]
    /// Front matter `names`: scanner service names, lowercase.
    public var names: [String]
    /// The body rendered by libcmark (safe options).
    public var html: String
    /// The first paragraph as plain text, for summaries and tooltips.
    public var summary: String
}
