struct FailedInputs {
    struct Failure {
        var path: String
        var error: String
    }
    var failures: [Failure]
}

struct TeamRow {
    struct Cell {
        var name: String
        var count: Int
    }
    var href: String
    var label: String
    var assets: Int
    var cells: [Cell]
}

struct TopFinding {
    var href: String
    var title: String
    var severityName: String
    var severityWord: String
    var assets: Int
}

struct InputRow {
    var path: String
    var format: String
    var records: Int
    var kept: Int
    var skipped: String
    var error: String?
}

struct SuspectLink {
    var href: String
    var label: String
    var suspectAddress: String
    var answering: Int
}

/// A stacked horizontal bar chart of findings per team and severity, drawn as inline SVG so it
/// needs no script; the table beside it carries the same numbers for screen readers.
struct SeverityChart {
    struct Segment {
        var x: Int
        var width: Int
        var name: String
        var word: String
        var count: Int
    }

    struct Row {
        var label: String
        var y: Int
        var textY: Int
        var total: Int
        var totalX: Int
        var segments: [Segment]
    }

    var width: Int
    var height: Int
    var rows: [Row]
    var severityLegend: [SeverityCount]
}

struct IndexPage {
    var chrome: PageChrome
    var root: String
    var heading: String
    /// `922 findings on 26 systems from 4 scan files, scanned up to 2026-11-24.`
    var leadText: String
    var totalFindings: Int
    var totalAssets: Int
    var inputCount: Int
    var failedInputs: FailedInputs?
    var counts: [SeverityCount]
    var severityHeadings: [String]
    var chart: SeverityChart
    var teamRows: [TeamRow]
    var unassignedAssets: Int
    var unassignedFindings: Int
    var hasTopFindings: Bool
    var topFindings: [TopFinding]
    var inputs: [InputRow]
    /// Findings under a suppression; `nil` when there are none (a zero would still render).
    var suppressedCount: Int?
    var hasFirewallSuspects: Bool
    var firewallSuspects: [SuspectLink]
    var expiredSuppressions: [String]
    var hasExpiredSuppressions: Bool
}

struct AssetLink {
    /// `#asset-x` on the same page, `page-2.html#asset-x` on another.
    var href: String
    var label: String
    var severityName: String
    var severityWord: String
}

struct ServiceBlock {
    var slug: String
    var serviceHeading: String
    var html: String
}

struct TeamPage {
    var chrome: PageChrome
    var root: String
    var heading: String
    /// Only the first page carries the summary and the list of every system.
    var isFirstPage: Bool
    var pager: Pager?
    var contacts: String?
    var assetCount: Int
    var findingCount: Int
    /// `../../data/teams/<id>.csv`: the team's findings for a spreadsheet.
    var csvHref: String
    /// `nil` when there are none.
    var suppressedCount: Int?
    var counts: [SeverityCount]
    var hasFirewallSuspects: Bool
    var firewallSuspects: [SuspectLink]
    var hasAssets: Bool
    var assetLinks: [AssetLink]
    var assets: [AssetBlock]
    /// `assets` as HTML, written by `RowRendering`.
    var assetsHTML: String
    var hasServices: Bool
    var services: [ServiceBlock]
}

struct UnassignedPage {
    var chrome: PageChrome
    var root: String
    var heading: String
    var isFirstPage: Bool
    var pager: Pager?
    var counts: [SeverityCount]
    var hasAssets: Bool
    var assets: [AssetBlock]
    /// `assets` as HTML, written by `RowRendering`.
    var assetsHTML: String
}

struct HostPage {
    struct Inbound {
        var paths: [String]
    }
    var chrome: PageChrome
    var root: String
    var heading: String
    var addresses: String
    var names: String?
    var macs: String?
    var os: String?
    /// The owning team's page, or the Unassigned page.
    var ownerHref: String
    var ownerName: String
    var ownerReason: String
    var mergeEvidence: TextList?
    var scanned: String?
    var inbound: Inbound?
    var detail: AssetBlock
    /// `detail` as HTML, written by `RowRendering`.
    var detailHTML: String
}

struct ServiceRow {
    /// The host page, from the page the row is on.
    var href: String
    var label: String
    var team: String
    var serviceName: String
    var banner: String?
    var severityName: String
    var severityWord: String
}

struct ServicePage {
    var chrome: PageChrome
    var root: String
    var heading: String
    var pager: Pager?
    var ianaName: String?
    var exposureNote: String
    var explanationTitle: String
    var explanationHTML: String
    var portText: String
    var rows: [ServiceRow]
    /// `rows` as HTML, written by `RowRendering`.
    var rowsHTML: String
}

struct CVSSRow {
    var version: String
    var score: String
    var vector: String?
}

struct AffectedRow {
    /// The host page, from the page the row is on.
    var href: String
    var label: String
    var address: String
    var portText: String
    var team: String
    var rowSeverityName: String
    var rowSeverityWord: String
    var output: String?
    var compliance: String?
    /// CVE ids this place alone reports (Nmap scripts), beyond the plugin's.
    var rowCVEs: String?
    /// Why this place is accepted, when a suppression covers it.
    var rowSuppressed: String?
}

struct FindingPage {
    var chrome: PageChrome
    var root: String
    var heading: String
    var pager: Pager?
    var severityName: String
    var severityWord: String
    var scannerName: String
    var pluginID: String
    var family: String?
    /// `Affects 10 ports or systems (17 more suppressed)`.
    var affectedText: String
    var cvssRows: [CVSSRow]
    var cves: String?
    var cwes: String?
    var epss: String?
    var vpr: String?
    var exploitAvailable: Bool
    var knownExploited: String?
    var synopsis: String?
    var descriptionText: String?
    var solution: String?
    var seeAlso: TextList?
    var rows: [AffectedRow]
    /// `rows` as HTML, written by `RowRendering`.
    var rowsHTML: String
}
