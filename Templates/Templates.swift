import Foundation

/// Locates the files bundled from the top-level `Templates/` folder: the site's Mustache
/// templates and stylesheet (`site/`), the service explanations (`services/*.md`) and the IANA
/// port table (`iana-services.tsv`).
public enum PortReportTemplates {
    /// The folder holding `site/`, `services/` and `iana-services.tsv`, or `nil` when the
    /// resource bundle is missing from the installation.
    public static var directory: String? {
        Bundle.module.resourcePath
    }
}
