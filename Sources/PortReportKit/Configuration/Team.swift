/// A team that owns systems: who they are, how to reach them and what they own.
public struct Team: Sendable, Hashable {
    /// Short id used in file names and rules: `payments`. Lowercase `[a-z0-9-]`.
    public var id: String
    /// Display name: `Payments`.
    public var name: String
    /// E-mail addresses or other contacts, as written.
    public var contacts: [String]
    /// The team's `owns:` rules in file order.
    public var rules: [OwnershipRule]

    public init(id: String, name: String, contacts: [String] = [], rules: [OwnershipRule] = []) {
        self.id = id
        self.name = name
        self.contacts = contacts
        self.rules = rules
    }
}
