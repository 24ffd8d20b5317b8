/// Builds small Nessus v2 documents for loader tests.
enum NessusFixture {
    /// A `NessusClientData_v2` document holding the given `ReportHost` elements.
    static func document(_ hosts: String...) -> String {
        """
        <?xml version="1.0" ?>
        <NessusClientData_v2>
        <Policy><policyName>Test</policyName><Preferences><ServerPreferences>
        <preference><name>plugin_set</name><value>1;2;3</value></preference>
        </ServerPreferences></Preferences></Policy>
        <Report name="Test" xmlns:cm="http://www.nessus.org/cm">
        \(hosts.joined(separator: "\n"))
        </Report>
        </NessusClientData_v2>
        """
    }

    /// A `ReportHost` with the given tags and items.
    static func host(_ name: String, tags: [String: String] = [:], items: String...) -> String {
        let tagText = tags.sorted { $0.key < $1.key }.map { "<tag name=\"\($0.key)\">\($0.value)</tag>" }
            .joined(separator: "\n")
        return """
            <ReportHost name="\(name)"><HostProperties>
            \(tagText)
            </HostProperties>
            \(items.joined(separator: "\n"))
            </ReportHost>
            """
    }

    /// A `ReportItem` with the given attributes and child elements.
    static func item(
        port: String = "443", service: String = "www", transport: String = "tcp", severity: String? = "2",
        pluginID: String = "10001", name: String = "Test plugin", family: String = "General",
        children: String = ""
    ) -> String {
        let severityAttribute = severity.map { " severity=\"\($0)\"" } ?? ""
        return """
            <ReportItem port="\(port)" svc_name="\(service)" protocol="\(transport)"\(severityAttribute) \
            pluginID="\(pluginID)" pluginName="\(name)" pluginFamily="\(family)">
            \(children)
            </ReportItem>
            """
    }
}
