import Testing

@testable import PortReportKit

@Suite("F5 importer")
struct F5ImporterTests {
    static let bigipConf = """
        #TMSH-VERSION: 15.1.0

        ltm node /Common/web-02 {
            address 10.30.0.8
        }
        ltm node /Common/web-03 { address 10.30.0.9%2 }
        ltm pool /Common/web_pool {
            members {
                /Common/10.30.0.7:8443 {
                    address 10.30.0.7
                }
                /Common/web-02:8443 { }
                /Common/web-03:https {
                    session monitor-enabled
                }
                /Common/ghost:8443 { }
            }
            monitor /Common/https
        }
        ltm pool /Common/v6_pool {
            members { /Common/2001:db8:1::7.any { address 2001:db8:1::7 } }
        }
        ltm pool /Common/dns_pool { members { /Common/10.53.0.1:53 { address 10.53.0.1 } /Common/10.53.0.2:53 { } } }
        ltm rule /Common/redirect {
        when HTTP_REQUEST {
          # send everyone to https
          HTTP::redirect "https://[HTTP::host][HTTP::uri]"
        }
        }
        ltm virtual /Common/www_443 {
            destination /Common/203.0.113.10%2:443
            ip-protocol tcp
            mask 255.255.255.255
            pool /Common/web_pool
            profiles {
                /Common/tcp { }
            }
            source-address-translation {
                pool /Common/snat_pool
                type snat
            }
        }
        ltm virtual /Common/www_v6 {
            destination /Common/2001:db8::10.443
            ip-protocol tcp
            pool v6_pool
        }
        ltm virtual /Common/dns { destination /Common/203.0.113.53:domain  ip-protocol udp  pool /Common/dns_pool }
        ltm virtual /Common/redirect_80 {
            destination /Common/203.0.113.10:80
            ip-protocol tcp
            rules {
                /Common/redirect
            }
        }
        ltm virtual /Common/old {
            destination /Common/203.0.113.99:8080
            pool /Common/retired_pool
        }
        ltm virtual /Common/forward_all {
            destination /Common/0.0.0.0:any
            ip-protocol tcp
            pool /Common/web_pool
        }
        ltm virtual /Common/all_ports {
            destination /Common/203.0.113.98:any
            pool /Common/web_pool
        }
        sys global-settings { hostname bigip1.example.com }
        """

    @Test("virtuals with their pools: node-name members, IPv6 dot-port, route domains, udp, service names")
    func virtuals() throws {
        let result = F5Importer.read(F5ImporterTests.bigipConf, path: "lb/bigip.conf")
        let first = try #require(result.virtualServers.first)
        #expect(first.vip.description == "203.0.113.10:443/tcp")
        #expect(first.pool.map(\.description) == ["10.30.0.7:8443/tcp", "10.30.0.8:8443/tcp", "10.30.0.9:443/tcp"])
        #expect(first.line == 31)
        #expect(
            result.summary == [
                "203.0.113.10:443/tcp (31) -> 10.30.0.7:8443/tcp, 10.30.0.8:8443/tcp, 10.30.0.9:443/tcp",
                "[2001:db8::10]:443/tcp (44) -> [2001:db8:1::7]:443/tcp",
                "203.0.113.53:53/udp (48) -> 10.53.0.1:53/udp, 10.53.0.2:53/udp",
            ])
    }

    @Test("members without an address, missing and undefined pools, wildcard destinations are reported")
    func problems() {
        let result = F5Importer.read(F5ImporterTests.bigipConf, path: "lb/bigip.conf")
        #expect(
            result.problems == [
                "16: pool '/Common/web_pool' member '/Common/ghost:8443' has no address of its own, from an ltm node or in its name; skipped",
                "49: virtual '/Common/redirect_80' has no pool; skipped",
                "58: virtual '/Common/old' uses pool '/Common/retired_pool', which is not defined; skipped",
                "61: destination without a specific address cannot be traced to a VIP: '/Common/0.0.0.0:any'",
                "66: destination without a specific port cannot be traced to a VIP: '/Common/203.0.113.98:any'",
            ])
        #expect(result.diagnostics.allSatisfy { $0.path == "lb/bigip.conf" })
    }

    @Test("a destination may name a virtual-address; an unclosed object is reported and still read")
    func virtualAddressesAndBraces() {
        let text = """
            ltm virtual-address /Common/shop_va { address 198.51.100.40 }
            ltm pool /Common/shop { members { /Common/10.60.0.1:80 { address 10.60.0.1 } } }
            ltm virtual /Common/shop {
                destination /Common/shop_va:http
                pool /Common/shop
            """
        let result = F5Importer.read(text, path: "b.conf")
        #expect(result.summary == ["198.51.100.40:80/tcp (4) -> 10.60.0.1:80/tcp"])
        #expect(
            result.problems == [
                "3: 'ltm virtual /Common/shop' block opened here is never closed: the file ends inside it"
            ])
    }

    @Test("recognises ltm virtual and ltm pool objects only")
    func recognition() {
        #expect(F5Importer.recognises("ltm pool /Common/p {\n}\n"))
        #expect(F5Importer.recognises("#TMSH\nltm virtual /Common/v {\n}\n"))
        #expect(!F5Importer.recognises("ltm node /Common/n {\n}\n"))
        #expect(!F5Importer.recognises("frontend www\n  bind 10.0.0.1:80\n"))
    }
}
