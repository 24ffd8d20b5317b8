import Testing

@testable import PortReportKit

@Suite("Addresses, networks and endpoints")
struct AddressTests {
    @Test("IPv4 and IPv6 parse, print canonically and sort numerically, IPv4 first")
    func addresses() throws {
        #expect(IPAddress("10.0.0.1")?.description == "10.0.0.1")
        #expect(IPAddress("2001:DB8:0:0:0:0:0:1")?.description == "2001:db8::1")
        #expect(IPAddress("[fe80::1%eth0]")?.description == "fe80::1")
        #expect(IPAddress("10.0.0.256") == nil)
        #expect(IPAddress("host.example.com") == nil)
        // Names are turned away on their first character; every address form still parses.
        #expect(IPAddress("::1")?.description == "::1")
        #expect(IPAddress("[::1]")?.description == "::1")
        #expect(IPAddress("::ffff:10.0.0.1")?.isIPv4 == false)
        #expect(IPAddress("Fe80::1%eth0")?.description == "fe80::1")
        #expect(IPAddress("deadbeef") == nil)
        #expect(IPAddress("db1.example.com") == nil)
        #expect(IPAddress(" 10.0.0.1") == nil)
        #expect(IPAddress("") == nil)
        #expect(IPAddress("10.0.0.1"[...]) == IPAddress("10.0.0.1"))
        let sorted = ["10.0.0.10", "2001:db8::1", "10.0.0.9", "9.255.255.255"].compactMap { IPAddress($0) }.sorted()
        #expect(sorted.map(\.description) == ["9.255.255.255", "10.0.0.9", "10.0.0.10", "2001:db8::1"])
    }

    @Test("CIDR membership for IPv4 and IPv6, host bits cleared")
    func networks() throws {
        let v4 = try #require(CIDR("10.20.1.0/16"))
        #expect(v4.description == "10.20.0.0/16")
        #expect(v4.contains(try #require(IPAddress("10.20.255.1"))))
        #expect(!v4.contains(try #require(IPAddress("10.21.0.1"))))
        let v6 = try #require(CIDR("2001:db8:abcd::/48"))
        #expect(v6.contains(try #require(IPAddress("2001:db8:abcd:12::1"))))
        #expect(!v6.contains(try #require(IPAddress("2001:db8:abce::1"))))
        #expect(!v6.contains(try #require(IPAddress("10.0.0.1"))))
        #expect(CIDR("10.0.0.0/33") == nil)
        #expect(CIDR("0.0.0.0/0")?.contains(try #require(IPAddress("203.0.113.9"))) == true)
    }

    @Test("endpoints parse with and without transport, IPv6 in brackets")
    func endpoints() {
        #expect(Endpoint("10.30.0.7:8443/tcp")?.description == "10.30.0.7:8443/tcp")
        #expect(Endpoint("10.30.0.7:53/UDP")?.port == Port(number: 53, transport: .udp))
        #expect(Endpoint("10.30.0.7:8443") == nil)
        #expect(Endpoint("10.30.0.7:8443", defaultTransport: .tcp)?.port.number == 8443)
        #expect(Endpoint("[2001:db8::7]:443/tcp")?.description == "[2001:db8::7]:443/tcp")
        #expect(Endpoint("2001:db8::7:443/tcp") == nil)
        #expect(Endpoint("10.0.0.1:0/tcp") == nil)
    }

    @Test("slugs are [a-z0-9-] and collisions get a stable hash suffix")
    func slugs() {
        #expect(SlugAllocator.slug("10.20.4.5") == "10-20-4-5")
        #expect(SlugAllocator.slug("<script>alert(1)</script>") == "script-alert-1-script")
        #expect(SlugAllocator.slug("../../etc/passwd") == "etc-passwd")
        #expect(SlugAllocator.slug("ßü") == "x")
        var allocator = SlugAllocator()
        #expect(allocator.allocate("web 1") == "web-1")
        #expect(allocator.allocate("web-1") == "web-1-\(SlugAllocator.hash("web-1"))")
        #expect(SlugAllocator.hash("web-1").count == 8)
    }

    @Test("CVSS versions come from the vector prefix, else the field")
    func cvssVersions() {
        #expect(CVSS(score: "7.5", vector: "CVSS:3.1/AV:N", fallbackVersion: "3.0")?.version == "3.1")
        #expect(CVSS(score: "7.5", vector: nil, fallbackVersion: "3.0")?.version == "3.0")
        #expect(
            CVSS(score: "5.0", vector: "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N", fallbackVersion: "2.0")?.vector
                == "AV:N/AC:L/Au:N/C:P/I:N/A:N")
        #expect(CVSS(score: "11", vector: nil, fallbackVersion: "2.0") == nil)
        #expect(CVSS(score: nil, vector: " ", fallbackVersion: "2.0") == nil)
    }
}
