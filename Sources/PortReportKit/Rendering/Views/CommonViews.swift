// View values handed to the Mustache templates. swift-mustache reads stored properties through
// Mirror, so every value a template shows is a stored property here (computed ones render empty),
// and an optional that is nil falls through to the enclosing value's property of the same name:
// names are kept distinct between nesting levels for that reason.

/// The parts of every page around its content: links up to the root, the menu, the title.
struct PageChrome {
    /// `""`, `"../"` or `"../../"`: the way back to the site root from this page.
    var root: String
    var reportTitle: String
    var pageTitle: String
    var teams: [NavLink]
    /// The menu's items, rendered once per `root` from `site-nav.mustache`: every page has them.
    var navHTML: String
    /// Which inputs the site was made from, in words.
    var sourceNote: String
}

struct NavLink {
    var href: String
    var label: String
}

struct SeverityCount {
    var name: String
    var word: String
    var count: Int
}

struct FindingRow {
    var severityName: String
    var severityWord: String
    var title: String
    var href: String
    var cvss: String?
    var cves: String?
    var knownExploited: Bool
    var exploitAvailable: Bool
    var epss: String?
    var compliance: String?
    var sources: String?
    var evidence: String?
    /// Why the finding is accepted, when a suppression covers it.
    var suppressedNote: String?
}

/// Findings of one port or host: those that need action, and the informational ones folded
/// away (they are context, and would otherwise bury the rest).
struct FindingList {
    var findings: [FindingRow]
    var informational: Informational?
    var suppressedGroup: Suppressed?
    /// When the page is written directly (`RowRendering.compiled`): the findings by group, written
    /// from the report as the list is written, and no rows above (templates never see it).
    var items: FindingItems?

    struct Informational {
        var infoCount: Int
        var infoFindings: [FindingRow]
    }

    /// Accepted findings stay listed, apart, each with its reason.
    struct Suppressed {
        var suppressedCount: Int
        var suppressedFindings: [FindingRow]
    }

    /// Rows already split (`ViewFactory.findingList`).
    init(findings: [FindingRow], informational info: [FindingRow], suppressed accepted: [FindingRow]) {
        self.findings = findings
        informational = info.isEmpty ? nil : Informational(infoCount: info.count, infoFindings: info)
        suppressedGroup =
            accepted.isEmpty ? nil : Suppressed(suppressedCount: accepted.count, suppressedFindings: accepted)
    }

    /// The findings of `items`, to be written without rows.
    init(items: FindingItems) {
        findings = []
        self.items = items
    }

    /// Whether it lists no finding at all.
    var isEmpty: Bool {
        if let items { return items.isEmpty }
        return findings.isEmpty && informational == nil && suppressedGroup == nil
    }

    init(_ rows: [FindingRow]) {
        let active = rows.filter { $0.suppressedNote == nil }
        let accepted = rows.filter { $0.suppressedNote != nil }
        findings = active.filter { $0.severityName != Severity.info.name }
        let info = active.filter { $0.severityName == Severity.info.name }
        informational = info.isEmpty ? nil : Informational(infoCount: info.count, infoFindings: info)
        suppressedGroup =
            accepted.isEmpty ? nil : Suppressed(suppressedCount: accepted.count, suppressedFindings: accepted)
    }
}

/// The warning shown for an address answering on more ports than the firewall threshold.
struct FirewallNote {
    var suspectAddress: String
    var answering: Int
    var tcpwrapped: Int
    var openFiltered: Int
    var threshold: Int
    var collapsedCount: Int
    var collapsedRanges: String
}

struct PortRow {
    var anchor: String
    var port: String
    /// The address the port is on, shown when the asset has several.
    var onAddress: String?
    var serviceHref: String
    var serviceTitle: String
    var serviceName: String?
    var guessed: Bool
    var product: String?
    var banner: String?
    var path: String?
    /// `203.0.113.10:443/tcp (edge-lb)`, for a pool member port.
    var reachedThrough: String?
    var ownerNote: String?
    var findingList: FindingList
}

struct AssetBlock {
    /// Whether to list addresses, names and reasons (the host page shows them above instead).
    var showFacts: Bool
    var anchor: String
    var href: String
    var name: String
    /// Name, addresses and names in one string, for filtering (a `data-search` attribute).
    var searchText: String
    var addresses: String
    var names: String?
    var os: String?
    var reasons: [String]
    var hasPorts: Bool
    var ports: [PortRow]
    var hasHostFindings: Bool
    var hostFindingList: FindingList
    var closest: String?
    var firewallNotes: [FirewallNote]
    /// When the page is written directly (`RowRendering.compiled`): the ports, written from the
    /// report as the block is written, and `ports` empty (templates never see it).
    var portItems: PortItems?
}

struct TextList {
    var items: [String]
}

/// Links between the pages of a long list.
struct Pager {
    var pagerLabel: String
    var pagerLinks: [PagerLink]
    var previousHref: String?
    var nextHref: String?
}

struct PagerLink {
    var href: String
    var label: String
    var isCurrent: Bool
    /// Stands for pages left out between two links (`…`).
    var isGap: Bool
}

/// What `head.mustache` and `foot.mustache` read: the chrome alone, for `PageShell`.
struct ShellView {
    var chrome: PageChrome
}
