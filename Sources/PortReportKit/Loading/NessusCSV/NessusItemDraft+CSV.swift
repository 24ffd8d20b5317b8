extension NessusItemDraft {
    /// An empty draft, filled from a CSV row instead of `ReportItem` attributes, so CSV rows go
    /// through the same `NessusItemConverter` as `.nessus` items and give identical findings.
    init() {}
}
