/// One Nmap `<port>` while its children are read; children may come in any order.
struct NmapPortDraft {
    /// `port@protocol`; Nmap always writes it, hand-made files may not (read as tcp).
    var transport: String?
    /// `port@portid`.
    var number: String?
    /// `state@state`: `open`, `open|filtered`, `closed`, `filtered`…; `nil` without `<state>`.
    var state: String?
    /// `state@reason`: `syn-ack`, `no-response`, …
    var reason: String?
    /// `<service>` attributes; `nil` when the port has no `<service>` child.
    var service: Service?
    /// The port's `<script>` children in document order.
    var scripts: [NmapScriptDraft] = []

    /// The `<service>` element of a port.
    struct Service {
        var name: String?
        var product: String?
        var version: String?
        var extraInfo: String?
        var tunnel: String?
        /// `service@method`: `probed` when Nmap talked to the service, `table` when it only
        /// looked the port number up in nmap-services.
        var method: String?
        /// masscan's `service@banner`: the bytes the service sent, already as text.
        var banner: String?

        init(attributes: XMLAttributes) {
            name = attributes["name"]
            product = attributes["product"]
            version = attributes["version"]
            extraInfo = attributes["extrainfo"]
            tunnel = attributes["tunnel"]
            method = attributes["method"]
            banner = attributes["banner"]
        }
    }

    init(attributes: XMLAttributes) {
        transport = attributes["protocol"]
        number = attributes["portid"]
    }
}
