import Mustache

// Templates read view values through these key-path tables instead of Mirror: swift-mustache's
// Mirror lookups demangle the type on every access and made rendering 90% of a build. The
// table of every view type must list every stored property (ViewFieldTests checks it). Key paths
// are immutable values, so sharing the tables across threads is safe although PartialKeyPath is
// not marked Sendable: hence nonisolated(unsafe).

/// A view value whose properties templates read through a table of key paths.
protocol TemplateValue: MustacheParent {
    static var fields: [String: PartialKeyPath<Self>] { get }
}

extension TemplateValue {
    /// The property names the table covers (for the test that keeps tables complete).
    static var fieldNames: [String] { Array(fields.keys) }

    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        // An optional property that is nil must look absent to the template, as with Mirror.
        if let optional = value as? OptionalTemplateValue { return optional.unwrapped }
        return value
    }
}

/// Lets `child(named:)` see through an optional hidden in `Any`.
protocol OptionalTemplateValue {
    var unwrapped: Any? { get }
}

extension Optional: OptionalTemplateValue {
    var unwrapped: Any? { self.map { $0 } }
}

extension PageChrome: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<PageChrome>] = [
        "root": \PageChrome.root,
        "reportTitle": \PageChrome.reportTitle,
        "pageTitle": \PageChrome.pageTitle,
        "teams": \PageChrome.teams,
        "sourceNote": \PageChrome.sourceNote,
    ]
}

extension NavLink: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<NavLink>] = [
        "href": \NavLink.href,
        "label": \NavLink.label,
    ]
}

extension SeverityCount: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<SeverityCount>] = [
        "name": \SeverityCount.name,
        "word": \SeverityCount.word,
        "count": \SeverityCount.count,
    ]
}

extension FindingRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FindingRow>] = [
        "severityName": \FindingRow.severityName,
        "severityWord": \FindingRow.severityWord,
        "title": \FindingRow.title,
        "href": \FindingRow.href,
        "cvss": \FindingRow.cvss,
        "cves": \FindingRow.cves,
        "knownExploited": \FindingRow.knownExploited,
        "exploitAvailable": \FindingRow.exploitAvailable,
        "epss": \FindingRow.epss,
        "compliance": \FindingRow.compliance,
        "sources": \FindingRow.sources,
        "evidence": \FindingRow.evidence,
        "suppressedNote": \FindingRow.suppressedNote,
    ]
}

extension FindingList: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FindingList>] = [
        "findings": \FindingList.findings,
        "informational": \FindingList.informational,
        "suppressedGroup": \FindingList.suppressedGroup,
    ]
}

extension FindingList.Informational: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FindingList.Informational>] = [
        "infoCount": \FindingList.Informational.infoCount,
        "infoFindings": \FindingList.Informational.infoFindings,
    ]
}

extension FindingList.Suppressed: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FindingList.Suppressed>] = [
        "suppressedCount": \FindingList.Suppressed.suppressedCount,
        "suppressedFindings": \FindingList.Suppressed.suppressedFindings,
    ]
}

extension FirewallNote: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FirewallNote>] = [
        "suspectAddress": \FirewallNote.suspectAddress,
        "answering": \FirewallNote.answering,
        "tcpwrapped": \FirewallNote.tcpwrapped,
        "openFiltered": \FirewallNote.openFiltered,
        "threshold": \FirewallNote.threshold,
        "collapsedCount": \FirewallNote.collapsedCount,
        "collapsedRanges": \FirewallNote.collapsedRanges,
    ]
}

extension PortRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<PortRow>] = [
        "anchor": \PortRow.anchor,
        "port": \PortRow.port,
        "onAddress": \PortRow.onAddress,
        "serviceHref": \PortRow.serviceHref,
        "serviceTitle": \PortRow.serviceTitle,
        "serviceName": \PortRow.serviceName,
        "guessed": \PortRow.guessed,
        "product": \PortRow.product,
        "banner": \PortRow.banner,
        "path": \PortRow.path,
        "reachedThrough": \PortRow.reachedThrough,
        "ownerNote": \PortRow.ownerNote,
        "findingList": \PortRow.findingList,
    ]
}

extension AssetBlock: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AssetBlock>] = [
        "showFacts": \AssetBlock.showFacts,
        "anchor": \AssetBlock.anchor,
        "href": \AssetBlock.href,
        "name": \AssetBlock.name,
        "searchText": \AssetBlock.searchText,
        "addresses": \AssetBlock.addresses,
        "names": \AssetBlock.names,
        "os": \AssetBlock.os,
        "reasons": \AssetBlock.reasons,
        "hasPorts": \AssetBlock.hasPorts,
        "ports": \AssetBlock.ports,
        "hasHostFindings": \AssetBlock.hasHostFindings,
        "hostFindingList": \AssetBlock.hostFindingList,
        "closest": \AssetBlock.closest,
        "firewallNotes": \AssetBlock.firewallNotes,
    ]
}

extension TextList: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TextList>] = [
        "items": \TextList.items
    ]
}

extension FailedInputs: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FailedInputs>] = [
        "failures": \FailedInputs.failures
    ]
}

extension FailedInputs.Failure: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FailedInputs.Failure>] = [
        "path": \FailedInputs.Failure.path,
        "error": \FailedInputs.Failure.error,
    ]
}

extension TeamRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TeamRow>] = [
        "href": \TeamRow.href,
        "label": \TeamRow.label,
        "assets": \TeamRow.assets,
        "cells": \TeamRow.cells,
    ]
}

extension TeamRow.Cell: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TeamRow.Cell>] = [
        "name": \TeamRow.Cell.name,
        "count": \TeamRow.Cell.count,
    ]
}

extension TopFinding: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TopFinding>] = [
        "href": \TopFinding.href,
        "title": \TopFinding.title,
        "severityName": \TopFinding.severityName,
        "severityWord": \TopFinding.severityWord,
        "assets": \TopFinding.assets,
    ]
}

extension InputRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<InputRow>] = [
        "path": \InputRow.path,
        "format": \InputRow.format,
        "records": \InputRow.records,
        "kept": \InputRow.kept,
        "skipped": \InputRow.skipped,
        "error": \InputRow.error,
    ]
}

extension SuspectLink: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<SuspectLink>] = [
        "href": \SuspectLink.href,
        "label": \SuspectLink.label,
        "suspectAddress": \SuspectLink.suspectAddress,
        "answering": \SuspectLink.answering,
    ]
}

extension IndexPage: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<IndexPage>] = [
        "chrome": \IndexPage.chrome,
        "root": \IndexPage.root,
        "heading": \IndexPage.heading,
        "totalFindings": \IndexPage.totalFindings,
        "totalAssets": \IndexPage.totalAssets,
        "inputCount": \IndexPage.inputCount,
        "failedInputs": \IndexPage.failedInputs,
        "counts": \IndexPage.counts,
        "severityHeadings": \IndexPage.severityHeadings,
        "teamRows": \IndexPage.teamRows,
        "unassignedAssets": \IndexPage.unassignedAssets,
        "unassignedFindings": \IndexPage.unassignedFindings,
        "hasTopFindings": \IndexPage.hasTopFindings,
        "topFindings": \IndexPage.topFindings,
        "inputs": \IndexPage.inputs,
        "suppressedCount": \IndexPage.suppressedCount,
        "hasFirewallSuspects": \IndexPage.hasFirewallSuspects,
        "firewallSuspects": \IndexPage.firewallSuspects,
        "expiredSuppressions": \IndexPage.expiredSuppressions,
        "hasExpiredSuppressions": \IndexPage.hasExpiredSuppressions,
    ]
}

extension AssetLink: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AssetLink>] = [
        "anchor": \AssetLink.anchor,
        "label": \AssetLink.label,
        "severityName": \AssetLink.severityName,
        "severityWord": \AssetLink.severityWord,
    ]
}

extension ServiceBlock: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ServiceBlock>] = [
        "slug": \ServiceBlock.slug,
        "serviceHeading": \ServiceBlock.serviceHeading,
        "html": \ServiceBlock.html,
    ]
}

extension TeamPage: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TeamPage>] = [
        "chrome": \TeamPage.chrome,
        "root": \TeamPage.root,
        "heading": \TeamPage.heading,
        "contacts": \TeamPage.contacts,
        "assetCount": \TeamPage.assetCount,
        "findingCount": \TeamPage.findingCount,
        "suppressedCount": \TeamPage.suppressedCount,
        "counts": \TeamPage.counts,
        "hasFirewallSuspects": \TeamPage.hasFirewallSuspects,
        "firewallSuspects": \TeamPage.firewallSuspects,
        "hasAssets": \TeamPage.hasAssets,
        "assetLinks": \TeamPage.assetLinks,
        "assets": \TeamPage.assets,
        "hasServices": \TeamPage.hasServices,
        "services": \TeamPage.services,
    ]
}

extension UnassignedPage: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<UnassignedPage>] = [
        "chrome": \UnassignedPage.chrome,
        "root": \UnassignedPage.root,
        "heading": \UnassignedPage.heading,
        "counts": \UnassignedPage.counts,
        "hasAssets": \UnassignedPage.hasAssets,
        "assets": \UnassignedPage.assets,
    ]
}

extension HostPage: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HostPage>] = [
        "chrome": \HostPage.chrome,
        "root": \HostPage.root,
        "heading": \HostPage.heading,
        "addresses": \HostPage.addresses,
        "names": \HostPage.names,
        "macs": \HostPage.macs,
        "os": \HostPage.os,
        "ownerHref": \HostPage.ownerHref,
        "ownerName": \HostPage.ownerName,
        "ownerReason": \HostPage.ownerReason,
        "mergeEvidence": \HostPage.mergeEvidence,
        "scanned": \HostPage.scanned,
        "inbound": \HostPage.inbound,
        "detail": \HostPage.detail,
    ]
}

extension HostPage.Inbound: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HostPage.Inbound>] = [
        "paths": \HostPage.Inbound.paths
    ]
}

extension ServiceRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ServiceRow>] = [
        "href": \ServiceRow.href,
        "label": \ServiceRow.label,
        "team": \ServiceRow.team,
        "serviceName": \ServiceRow.serviceName,
        "banner": \ServiceRow.banner,
        "severityName": \ServiceRow.severityName,
        "severityWord": \ServiceRow.severityWord,
    ]
}

extension ServicePage: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ServicePage>] = [
        "chrome": \ServicePage.chrome,
        "root": \ServicePage.root,
        "heading": \ServicePage.heading,
        "ianaName": \ServicePage.ianaName,
        "exposureNote": \ServicePage.exposureNote,
        "explanationTitle": \ServicePage.explanationTitle,
        "explanationHTML": \ServicePage.explanationHTML,
        "portText": \ServicePage.portText,
        "rows": \ServicePage.rows,
    ]
}

extension CVSSRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<CVSSRow>] = [
        "version": \CVSSRow.version,
        "score": \CVSSRow.score,
        "vector": \CVSSRow.vector,
    ]
}

extension AffectedRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AffectedRow>] = [
        "href": \AffectedRow.href,
        "label": \AffectedRow.label,
        "address": \AffectedRow.address,
        "portText": \AffectedRow.portText,
        "team": \AffectedRow.team,
        "rowSeverityName": \AffectedRow.rowSeverityName,
        "rowSeverityWord": \AffectedRow.rowSeverityWord,
        "output": \AffectedRow.output,
        "compliance": \AffectedRow.compliance,
        "rowCVEs": \AffectedRow.rowCVEs,
    ]
}

extension FindingPage: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<FindingPage>] = [
        "chrome": \FindingPage.chrome,
        "root": \FindingPage.root,
        "heading": \FindingPage.heading,
        "severityName": \FindingPage.severityName,
        "severityWord": \FindingPage.severityWord,
        "scannerName": \FindingPage.scannerName,
        "pluginID": \FindingPage.pluginID,
        "family": \FindingPage.family,
        "affectedCount": \FindingPage.affectedCount,
        "cvssRows": \FindingPage.cvssRows,
        "cves": \FindingPage.cves,
        "cwes": \FindingPage.cwes,
        "epss": \FindingPage.epss,
        "vpr": \FindingPage.vpr,
        "exploitAvailable": \FindingPage.exploitAvailable,
        "knownExploited": \FindingPage.knownExploited,
        "synopsis": \FindingPage.synopsis,
        "descriptionText": \FindingPage.descriptionText,
        "solution": \FindingPage.solution,
        "seeAlso": \FindingPage.seeAlso,
        "rows": \FindingPage.rows,
    ]
}
