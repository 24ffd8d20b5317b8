import Testing

@testable import PortReportKit

@Suite("Load-balancer importers")
struct LoadBalancerImportersTests {
    @Test(
        "importFile picks the importer from the content, whatever the file is called",
        arguments: [
            (
                "haproxy",
                "global\n  maxconn 10\nfrontend f\n    bind 192.0.2.1:80\n    default_backend b\nbackend b\n    server s 10.0.0.1:8080\n",
                "192.0.2.1:80/tcp (4) -> 10.0.0.1:8080/tcp"
            ),
            (
                "nginx",
                "server {\n    listen 192.0.2.2:80;\n    location / { proxy_pass http://10.0.0.2:8080; }\n}\n",
                "192.0.2.2:80/tcp (2) -> 10.0.0.2:8080/tcp"
            ),
            (
                "f5",
                "ltm pool /Common/p { members { /Common/10.0.0.3:80 { address 10.0.0.3 } } }\nltm virtual /Common/v { destination /Common/192.0.2.3:80 pool /Common/p }\n",
                "192.0.2.3:80/tcp (2) -> 10.0.0.3:80/tcp"
            ),
        ])
    func picksByContent(kind: String, text: String, expected: String) throws {
        #expect(LoadBalancerImporters.importer(for: text)?.kind == kind)
        let path = try TestFiles.write(text, name: "balancer.conf")
        let result = LoadBalancerImporters.importFile(path: path)
        #expect(result.summary == [expected])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("an unrecognised or unreadable file gives one diagnostic and no virtual servers")
    func unrecognised() throws {
        let path = try TestFiles.write("title: not a balancer\nteams: []\n", name: "haproxy.cfg")
        let result = LoadBalancerImporters.importFile(path: path)
        #expect(result.virtualServers.isEmpty)
        #expect(
            result.diagnostics == [
                Diagnostic(
                    path: path, line: nil,
                    message: "not a recognised load-balancer configuration; tried f5, nginx, haproxy")
            ])
        let missing = LoadBalancerImporters.importFile(path: "/nonexistent/portreport/lb.cfg")
        #expect(missing.virtualServers.isEmpty)
        #expect(missing.problems == ["-: cannot open: No such file or directory"])
    }
}
