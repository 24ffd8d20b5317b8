/// An accepted finding: matched findings stay listed, marked suppressed with the reason.
public struct Suppression: Sendable, Hashable {
    /// `nessus:10114`; `nil` matches every plugin in the scope.
    public var plugin: PluginKey?
    /// Where it applies: a CIDR, an endpoint or an asset name; `nil` means everywhere.
    public var scope: String?
    public var reason: String
    public var owner: String?
    /// Last day it applies, `YYYY-MM-DD`; `nil` never expires.
    public var expires: String?
    public var line: Int

    public init(plugin: PluginKey?, scope: String?, reason: String, owner: String?, expires: String?, line: Int) {
        self.plugin = plugin
        self.scope = scope
        self.reason = reason
        self.owner = owner
        self.expires = expires
        self.line = line
    }
}
