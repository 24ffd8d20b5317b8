/// Which team owns an asset or an asset's port, and why: the rule that matched, in words.
public struct Attribution: Sendable, Hashable {
    /// The owning team's id; `nil` when no rule matched (the item is Unassigned).
    public var team: String?
    /// The rule that matched, if any.
    public var rule: OwnershipRule?
    /// One sentence a reader can check: `10.20.4.5 is in 10.20.0.0/16 (rule "cidr: 10.20.0.0/16",
    /// portreport.yml line 12)`.
    public var reason: String

    public init(team: String?, rule: OwnershipRule?, reason: String) {
        self.team = team
        self.rule = rule
        self.reason = reason
    }

    /// The attribution of something no rule matched.
    public static let unassigned = Attribution(
        team: nil, rule: nil, reason: "no ownership rule matches any of its addresses or names")
}
