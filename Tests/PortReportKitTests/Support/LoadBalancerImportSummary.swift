@testable import PortReportKit

extension LoadBalancerImport {
    /// Each virtual server as `vip (line) -> member, member`, for one readable comparison.
    var summary: [String] {
        virtualServers.map { server in
            "\(server.vip) (\(server.line)) -> \(server.pool.map(\.description).joined(separator: ", "))"
        }
    }

    /// Each diagnostic as `line: message` (`-` without a line).
    var problems: [String] {
        diagnostics.map { "\($0.line.map(String.init) ?? "-"): \($0.message)" }
    }
}
