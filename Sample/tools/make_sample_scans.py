#!/usr/bin/env python3
"""Generate the Example Corp sample Nessus exports used by portreport.

Writes two Nessus v2 files (NessusClientData_v2) into Sample/scans/:

  example-corp-external.nessus  perimeter scan (documentation ranges)
  example-corp-internal.nessus  internal scan (10.0.0.0/8)

Everything here is fictional: addresses come from the documentation ranges
192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and private 10.0.0.0/8, names
are under example.com. Plugin IDs and names are those of real Nessus plugins;
the synopsis/description/solution texts are short paraphrases written for
this sample, not copies of Tenable's text.

The script is deterministic (standard library only, no randomness): running
it twice produces byte-identical files.

    python3 Sample/tools/make_sample_scans.py
"""

import calendar
import datetime
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "scans"))

# Fixed scan dates (November 2026). Times are UTC.
EXTERNAL_START = datetime.datetime(2026, 11, 24, 2, 10, 11)
INTERNAL_START = datetime.datetime(2026, 11, 24, 3, 30, 5)

EXTERNAL_SCANNER = "203.0.113.250"
INTERNAL_SCANNER = "10.0.9.5"


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def esc(text):
    """Escape text for XML element content and attribute values."""
    return (str(text)
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&quot;")
            .replace("'", "&apos;"))


def num(seed, lo, hi):
    """Deterministic integer in [lo, hi] derived from a string seed."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return lo + int(digest[:12], 16) % (hi - lo + 1)


def mac_for(seed, oui):
    tail = hashlib.sha256(("mac:" + seed).encode("utf-8")).hexdigest()[:6].upper()
    return "%s:%s:%s:%s" % (oui, tail[0:2], tail[2:4], tail[4:6])


def nessus_time(dt):
    # Same shape as Nessus: "Tue Nov 24 02:10:11 2026" (all days used are >= 10)
    return dt.strftime("%a %b %d %H:%M:%S %Y")


def epoch(dt):
    return calendar.timegm(dt.timetuple())


# --------------------------------------------------------------------------
# Plugin catalogue: static metadata for every plugin used in the sample.
# --------------------------------------------------------------------------

def P(pid, name, family, severity, synopsis, description, solution,
      see_also=(), cvss2=None, cvss3=None, cvss4=None, cves=(), cwes=(),
      epss=None, vpr=None, exploit=None, cisa=None, ptype="remote",
      fname=None, published="2010/01/01", modified="2026/06/01"):
    risk = ["None", "Low", "Medium", "High", "Critical"][severity]
    return {
        "id": pid, "name": name, "family": family, "severity": severity,
        "risk": risk, "synopsis": synopsis, "description": description,
        "solution": solution, "see_also": list(see_also), "cvss2": cvss2,
        "cvss3": cvss3, "cvss4": cvss4, "cves": list(cves),
        "cwes": list(cwes), "epss": epss, "vpr": vpr, "exploit": exploit,
        "cisa": cisa, "ptype": ptype, "fname": fname or ("plugin_%d.nasl" % pid),
        "published": published, "modified": modified,
    }


CATALOG = {}


def add(p):
    CATALOG[p["id"]] = p


# ---- scan bookkeeping / host level (port 0) ------------------------------
add(P(19506, "Nessus Scan Information", "Settings", 0,
      "This plugin displays information about the Nessus scan.",
      "This plugin reports the settings that were in effect for this scan: the scanner version, the policy, the port range and whether credentials were used.",
      "n/a", ptype="summary", fname="scan_info.nasl", published="2005/08/26"))
add(P(10287, "Traceroute Information", "General", 0,
      "It was possible to obtain traceroute information.",
      "The scanner recorded the network path it took to reach the remote host.",
      "n/a", ptype="remote", fname="traceroute.nasl", published="1999/11/27"))
add(P(45590, "Common Platform Enumeration (CPE)", "General", 0,
      "It was possible to enumerate CPE names that matched on the remote system.",
      "By using information gathered during the scan, the scanner derived Common Platform Enumeration (CPE) names for the operating system and the applications found on the host.",
      "n/a", see_also=["https://nvd.nist.gov/products/cpe"], ptype="combined",
      fname="cpe.nbin", published="2010/04/21"))
add(P(11936, "OS Identification", "General", 0,
      "It is possible to guess the remote operating system.",
      "Using a combination of remote probes (TCP/IP, SMB, HTTP, SSH, SNMP), the scanner made a guess at the operating system in use.",
      "n/a", ptype="combined", fname="os_fingerprint.nasl", published="2003/12/09"))
add(P(54615, "Device Type", "General", 0,
      "It is possible to guess the remote device type.",
      "Based on the remote operating system, the scanner guessed the kind of device (general-purpose server, router, printer, firewall ...).",
      "n/a", ptype="combined", fname="device_type.nasl", published="2011/05/23"))
add(P(12053, "Host Fully Qualified Domain Name (FQDN) Resolution", "General", 0,
      "It was possible to resolve the name of the remote host.",
      "The scanner resolved the fully qualified domain name of the remote host.",
      "n/a", fname="fqdn.nasl", published="2004/02/11"))
add(P(25220, "TCP/IP Timestamps Supported", "General", 0,
      "The remote service implements TCP timestamps.",
      "The remote host implements TCP timestamps (RFC 1323). A side effect is that the uptime of the host can sometimes be computed.",
      "n/a", see_also=["http://www.ietf.org/rfc/rfc1323.txt"], fname="tcp_timestamps.nasl",
      published="2007/05/16"))
add(P(10114, "ICMP Timestamp Request Remote Date Disclosure", "General", 1,
      "It is possible to determine the exact time set on the remote host.",
      "The remote host answers ICMP timestamp requests. An attacker can learn the date set on the host, which may help defeat time-based authentication protocols.",
      "Filter out ICMP timestamp requests (13) and the outgoing ICMP timestamp replies (14).",
      cvss2=("2.1", "CVSS2#AV:L/AC:L/Au:N/C:P/I:N/A:N"), cves=["CVE-1999-0524"],
      cwes=["200"], epss="0.0046", vpr="4.2", exploit="false",
      fname="icmp_timestamp.nasl", published="1999/08/01"))
add(P(35716, "Ethernet Card Manufacturer Detection", "Misc.", 0,
      "The manufacturer can be identified from the Ethernet OUI.",
      "Each Ethernet MAC address starts with a 24-bit Organizationally Unique Identifier (OUI) registered by the manufacturer of the card.",
      "n/a", see_also=["https://standards.ieee.org/faqs/regauth.html"],
      ptype="combined", fname="ethernet_manufacturer.nasl", published="2009/02/19"))
add(P(86420, "Ethernet MAC Addresses", "General", 0,
      "This plugin gathers MAC addresses from various sources and consolidates them into a list.",
      "MAC addresses discovered by other plugins (ARP, SNMP, SMB, ...) are consolidated into a single list.",
      "n/a", ptype="combined", fname="ifconfig_mac.nasl", published="2015/10/16"))
add(P(110723, "Target Credential Status by Authentication Protocol - No Credentials Provided", "Settings", 0,
      "Nessus was able to find common ports used for local checks, however, no credentials were provided in the scan policy.",
      "The scanner found services (SSH, SMB, SNMP) that could be used for authenticated checks, but the scan policy contained no credentials for them.",
      "n/a", ptype="summary", fname="no_credentials.nasl", published="2018/06/27"))

# ---- port discovery ---------------------------------------------------------
add(P(11219, "Nessus SYN scanner", "Port scanners", 0,
      "It is possible to determine which TCP ports are open.",
      "This plugin is a SYN 'half-open' port scanner. It is reasonably quick even against a firewalled target. Note that SYN scans are less intrusive than TCP (full connect) scans against broken services, but they might cause problems for less robust firewalls and also leave unclosed connections on the remote target, if the network is loaded.",
      "Protect your target with an IP filter.", ptype="remote",
      fname="nessus_syn_scanner.nbin", published="2009/02/04"))
add(P(34277, "Nessus UDP scanner", "Port scanners", 0,
      "It is possible to determine which UDP ports are open.",
      "This plugin sends UDP probes for well-known protocols and reports the ports that answered.",
      "Protect your target with an IP filter.", ptype="remote",
      fname="nessus_udp_scanner.nbin", published="2008/09/23"))
add(P(22964, "Service Detection", "Service detection", 0,
      "The remote service could be identified.",
      "The scanner was able to identify the service listening on this port by sending it a request and examining the answer.",
      "n/a", fname="find_service.nasl", published="2007/08/19"))

# ---- web ------------------------------------------------------------------
add(P(10107, "HTTP Server Type and Version", "Web Servers", 0,
      "A web server is running on the remote host.",
      "This plugin attempts to determine the type and the version of the remote web server from its Server response header.",
      "n/a", fname="http_version.nasl", published="2000/01/04"))
add(P(24260, "HyperText Transfer Protocol (HTTP) Information", "Web Servers", 0,
      "Some information about the remote HTTP configuration can be extracted.",
      "This test reports the HTTP protocol version, whether Keep-Alive and pipelining are enabled, and the response headers. It is informational only.",
      "n/a", fname="http_info.nasl", published="2007/01/30"))
add(P(10302, "Web Server robots.txt Information Disclosure", "Web Servers", 0,
      "The remote web server contains a 'robots.txt' file.",
      "The robots.txt file tells crawlers which paths not to index. Its entries can point an attacker at content the owner would rather keep out of sight.",
      "Review the contents of the site's robots.txt file, use Robots META tags instead of entries in the robots.txt file, and/or adjust the web server's access controls to limit access to sensitive material.",
      fname="robots_txt.nasl", published="1999/10/12"))
add(P(11213, "HTTP TRACE / TRACK Methods Allowed", "Web Servers", 2,
      "Debugging functions are enabled on the remote web server.",
      "The remote web server supports the TRACE and/or TRACK methods, which are meant for debugging. Combined with other weaknesses they have been used in cross-site tracing attacks.",
      "Disable the TRACE and TRACK methods in the web server configuration.",
      see_also=["https://www.cgisecurity.com/whitehat-mirror/WH-WhitePaper_XST_ebook.pdf"],
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N"),
      cves=["CVE-2003-1567", "CVE-2004-2320", "CVE-2010-0386"], cwes=["16", "200"],
      epss="0.0514", vpr="4.0", exploit="false", fname="xst.nasl", published="2003/01/23"))
add(P(84502, "HSTS Missing From HTTPS Server", "Web Servers", 0,
      "The remote web server is not enforcing HSTS.",
      "The HTTPS server does not send the Strict-Transport-Security header, so browsers may be downgraded to plain HTTP by an attacker on the path.",
      "Configure the remote web server to use HSTS.",
      see_also=["https://tools.ietf.org/html/rfc6797"], fname="hsts_missing.nasl",
      published="2015/07/02"))
add(P(50345, "Missing or Permissive X-Frame-Options HTTP Response Header", "CGI abuses", 0,
      "The remote web server does not take steps to mitigate a class of web application vulnerabilities.",
      "The server does not set an X-Frame-Options header, which can help against clickjacking.",
      "Set a properly configured X-Frame-Options header for all requested resources.",
      see_also=["https://en.wikipedia.org/wiki/Clickjacking"], fname="x_frame_options.nasl",
      published="2010/10/26"))
add(P(58987, "PHP Unsupported Version Detection", "CGI abuses", 4,
      "The remote host contains an unsupported version of a web application scripting language.",
      "According to its version, the PHP installation on the remote host is no longer supported by the PHP project. It will not receive security fixes.",
      "Upgrade to a version of PHP that is currently supported.",
      see_also=["https://www.php.net/eol.php", "https://wiki.php.net/rfc/releaseprocess"],
      cvss2=("10.0", "CVSS2#AV:N/AC:L/Au:N/C:C/I:C/A:C"),
      cvss3=("10.0", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
      cwes=["1104"], ptype="combined", fname="php_unsupported.nasl",
      published="2012/05/04"))
add(P(156014, "Apache Log4Shell RCE detection via callback correlation (Direct Check HTTP)", "CGI abuses", 4,
      "The remote web server is affected by a remote code execution vulnerability.",
      "The application on the remote host logs attacker-controlled HTTP headers with a vulnerable Apache Log4j 2 library. A JNDI lookup injected in a header made the host call back to the scanner, which means arbitrary code can be loaded and executed.",
      "Upgrade Apache Log4j to 2.17.1 or later, or remove the JndiLookup class from the classpath.",
      see_also=["https://logging.apache.org/log4j/2.x/security.html",
                "https://www.cisa.gov/known-exploited-vulnerabilities-catalog"],
      cvss2=("10.0", "CVSS2#AV:N/AC:L/Au:N/C:C/I:C/A:C"),
      cvss3=("10.0", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
      cvss4=("10.0", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"),
      cves=["CVE-2021-44228"], cwes=["20", "400", "502", "917"],
      epss="0.9445", vpr="10.0", exploit="true", cisa="2021-12-10",
      fname="apache_log4shell_CVE-2021-44228_http.nbin", published="2021/12/14"))

# ---- TLS ------------------------------------------------------------------
add(P(56984, "SSL / TLS Versions Supported", "General", 0,
      "The remote service encrypts communications.",
      "This plugin lists the SSL/TLS protocol versions accepted by the remote service.",
      "n/a", fname="ssl_supported_versions.nasl", published="2011/12/01"))
add(P(10863, "SSL Certificate Information", "General", 0,
      "This plugin displays the SSL certificate.",
      "This plugin connects to every SSL-related port and prints the certificate it finds.",
      "n/a", fname="ssl_certificate.nasl", published="2008/05/19"))
add(P(21643, "SSL Cipher Suites Supported", "General", 0,
      "The remote service encrypts communications using SSL.",
      "This plugin lists the SSL/TLS cipher suites accepted by the remote service.",
      "n/a", see_also=["https://www.openssl.org/docs/man1.1.1/man1/ciphers.html"],
      fname="ssl_supported_ciphers.nasl", published="2006/06/05"))
add(P(57041, "SSL Perfect Forward Secrecy Cipher Suites Supported", "General", 0,
      "The remote service supports the use of SSL Perfect Forward Secrecy ciphers.",
      "The remote host supports the use of SSL ciphers that offer Perfect Forward Secrecy (PFS) encryption.",
      "n/a", see_also=["https://en.wikipedia.org/wiki/Diffie-Hellman"],
      fname="ssl_perfect_forward_secrecy.nasl", published="2011/12/07"))
add(P(104743, "TLS Version 1.0 Protocol Detection", "Service detection", 2,
      "The remote service encrypts traffic using an older version of TLS.",
      "The remote service accepts connections encrypted using TLS 1.0. TLS 1.0 has a number of cryptographic design flaws and is deprecated (RFC 8996). PCI DSS no longer accepts it as strong cryptography.",
      "Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.",
      see_also=["https://tools.ietf.org/html/draft-ietf-tls-oldversions-deprecate-00"],
      cvss2=("6.1", "CVSS2#AV:N/AC:H/Au:N/C:C/I:P/A:N"),
      cvss3=("6.5", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:N"),
      cwes=["327"], fname="tls10_detection.nasl", published="2017/11/22"))
add(P(121010, "TLS Version 1.1 Protocol Detection", "Service detection", 2,
      "The remote service encrypts traffic using an older version of TLS.",
      "The remote service accepts connections encrypted using TLS 1.1, which lacks support for current cipher suites and is deprecated (RFC 8996).",
      "Enable support for TLS 1.2 and/or 1.3, and disable support for TLS 1.1.",
      see_also=["https://datatracker.ietf.org/doc/html/rfc8996"],
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N"),
      cvss3=("6.5", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N"),
      cwes=["327"], fname="tls11_detection.nasl", published="2019/01/08"))
add(P(57582, "SSL Self-Signed Certificate", "General", 2,
      "The SSL certificate chain for this service ends in an unrecognized self-signed certificate.",
      "The X.509 certificate chain for this service is not signed by a recognized certificate authority. Anyone could set up a man-in-the-middle attack against the service.",
      "Purchase or generate a proper SSL certificate for this service.",
      cvss2=("6.4", "CVSS2#AV:N/AC:L/Au:N/C:P/I:P/A:N"),
      cvss3=("6.5", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N"),
      cwes=["295"], fname="ssl_self_signed_cert.nasl", published="2012/01/17"))
add(P(51192, "SSL Certificate Cannot Be Trusted", "General", 2,
      "The SSL certificate for this service cannot be trusted.",
      "The server's X.509 certificate cannot be trusted: its chain does not end at a known public certificate authority, or a certificate in the chain has expired or carries an invalid signature.",
      "Purchase or generate a proper SSL certificate for this service.",
      see_also=["https://www.itu.int/rec/T-REC-X.509/en",
                "https://en.wikipedia.org/wiki/X.509"],
      cvss2=("6.4", "CVSS2#AV:N/AC:L/Au:N/C:P/I:P/A:N"),
      cvss3=("6.5", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N"),
      cwes=["295"], fname="ssl_certificate_chain.nasl", published="2010/12/15"))
add(P(45411, "SSL Certificate with Wrong Hostname", "General", 2,
      "The SSL certificate for this service is for a different host.",
      "The commonName (CN) and subjectAltName of the certificate presented by this service do not match the name the scanner used to reach it.",
      "Purchase or generate a proper SSL certificate for this service.",
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:N/I:P/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N"),
      cwes=["297"], fname="ssl_certificate_wrong_hostname.nasl", published="2010/04/03"))
add(P(15901, "SSL Certificate Expiry", "General", 2,
      "The remote server's SSL certificate has already expired.",
      "The certificate presented by this service is past its notAfter date.",
      "Purchase or generate a new SSL certificate to replace the existing one.",
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:N/I:P/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N"),
      cwes=["298"], fname="ssl_cert_expiry.nasl", published="2004/12/03"))
add(P(42873, "SSL Medium Strength Cipher Suites Supported (SWEET32)", "General", 3,
      "The remote service supports the use of medium strength SSL ciphers.",
      "The remote host supports SSL ciphers with key lengths of at least 64 bits and less than 112 bits, or 3DES. 64-bit block ciphers are exposed to the SWEET32 birthday attack on long-lived connections.",
      "Reconfigure the affected application if possible to avoid use of medium strength ciphers.",
      see_also=["https://www.openssl.org/blog/blog/2016/08/24/sweet32/",
                "https://sweet32.info"],
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N"),
      cvss3=("7.5", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"),
      cves=["CVE-2016-2183"], cwes=["200"], epss="0.0252", vpr="6.1",
      exploit="false", fname="ssl_medium_supported_ciphers.nasl",
      published="2009/11/23"))
add(P(65821, "SSL RC4 Cipher Suites Supported (Bar Mitzvah)", "General", 2,
      "The remote service supports the use of the RC4 cipher.",
      "The remote host supports RC4 cipher suites. RC4 has biases in its key stream that let an attacker recover plaintext from many encryptions of the same data.",
      "Reconfigure the affected application, if possible, to avoid use of RC4 ciphers.",
      see_also=["https://www.rc4nomore.com/"],
      cvss2=("4.3", "CVSS2#AV:N/AC:M/Au:N/C:P/I:N/A:N"),
      cvss3=("5.9", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"),
      cves=["CVE-2013-2566", "CVE-2015-2808"], cwes=["310", "327"],
      epss="0.0108", vpr="3.6", exploit="true", fname="ssl_rc4_supported_ciphers.nasl",
      published="2013/04/05"))

# ---- SSH ------------------------------------------------------------------
add(P(10267, "SSH Server Type and Version Information", "Service detection", 0,
      "An SSH server is listening on this port.",
      "It is possible to obtain information about the remote SSH server by sending an empty authentication request.",
      "n/a", fname="ssh_detect.nasl", published="1999/10/12"))
add(P(10881, "SSH Protocol Versions Supported", "General", 0,
      "A SSH server is running on the remote host.",
      "This plugin determines the versions of the SSH protocol supported by the remote SSH daemon.",
      "n/a", fname="ssh_proto_version.nasl", published="2002/03/06"))
add(P(149334, "SSH Password Authentication Accepted", "Misc.", 0,
      "The SSH server on the remote host accepts password authentication.",
      "The SSH server on the remote host accepts password authentication (RFC 4252 section 8).",
      "n/a", see_also=["https://tools.ietf.org/html/rfc4252#section-8"],
      fname="ssh_password_authentication.nasl", published="2021/05/07"))
add(P(70658, "SSH Server CBC Mode Ciphers Enabled", "Misc.", 1,
      "The SSH server is configured to use Cipher Block Chaining.",
      "The SSH server is configured to support Cipher Block Chaining (CBC) encryption, which may allow an attacker to recover plaintext from the ciphertext.",
      "Contact the vendor or consult product documentation to disable CBC mode cipher encryption, and enable CTR or GCM cipher mode encryption.",
      cvss2=("2.6", "CVSS2#AV:N/AC:H/Au:N/C:P/I:N/A:N"),
      cvss3=("3.7", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"),
      cves=["CVE-2008-5161"], cwes=["200"], epss="0.0133", vpr="2.5",
      exploit="false", fname="ssh_cbc_supported_ciphers.nasl", published="2013/10/28"))
add(P(71049, "SSH Weak MAC Algorithms Enabled", "Misc.", 1,
      "The remote SSH server is configured to allow MD5 and 96-bit MAC algorithms.",
      "The remote SSH server allows MD5 or 96-bit MAC algorithms, both of which are considered weak.",
      "Contact the vendor or consult product documentation to disable MD5 and 96-bit MAC algorithms.",
      cvss2=("2.6", "CVSS2#AV:N/AC:H/Au:N/C:P/I:N/A:N"),
      fname="ssh_weak_hmac_enabled.nasl", published="2013/11/22"))
add(P(153953, "SSH Weak Key Exchange Algorithms Enabled", "Misc.", 1,
      "The remote SSH server is configured to allow weak key exchange algorithms.",
      "The remote SSH server supports key exchange algorithms that are considered weak (diffie-hellman-group1-sha1, diffie-hellman-group-exchange-sha1, ...).",
      "Contact the vendor or consult product documentation to disable the weak algorithms.",
      see_also=["https://datatracker.ietf.org/doc/html/rfc9142"],
      cvss2=("2.6", "CVSS2#AV:N/AC:H/Au:N/C:P/I:N/A:N"),
      cvss3=("3.7", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"),
      fname="ssh_weak_kex.nasl", published="2021/10/13"))
add(P(187315, "SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)", "Misc.", 2,
      "The remote SSH server is vulnerable to a mitm prefix truncation attack.",
      "The SSH server supports ChaCha20-Poly1305 or CBC-EtM and lacks strict key exchange, so a man-in-the-middle can drop messages at the start of the secure channel (Terrapin).",
      "Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.",
      see_also=["https://terrapin-attack.com/"],
      cvss2=("2.6", "CVSS2#AV:N/AC:H/Au:N/C:N/I:P/A:N"),
      cvss3=("5.9", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N"),
      cvss4=("5.3", "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:N/VI:H/VA:N/SC:N/SI:N/SA:N"),
      cves=["CVE-2023-48795"], cwes=["222", "354"], epss="0.6312", vpr="6.1",
      exploit="true", fname="ssh_terrapin.nbin", published="2023/12/27"))

# ---- Windows / SMB / RDP ----------------------------------------------------
add(P(97833, "MS17-010: Security Update for Microsoft Windows SMB Server (4013389) (ETERNALBLUE) (ETERNALCHAMPION) (ETERNALROMANCE) (ETERNALSYNERGY) (WannaCry) (EternalRocks) (Petya) (uncredentialed check)",
      "Windows", 4,
      "The remote Windows host is affected by multiple vulnerabilities.",
      "The SMBv1 server on the remote Windows host is missing the MS17-010 update. Specially crafted packets sent to it allow a remote, unauthenticated attacker to execute arbitrary code. These flaws were used by the WannaCry and NotPetya outbreaks.",
      "Apply the MS17-010 security update and disable SMBv1.",
      see_also=["https://learn.microsoft.com/en-us/security-updates/SecurityBulletins/2017/ms17-010",
                "https://www.cisa.gov/known-exploited-vulnerabilities-catalog"],
      cvss2=("9.3", "CVSS2#AV:N/AC:M/Au:N/C:C/I:C/A:C"),
      cvss3=("8.1", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"),
      cves=["CVE-2017-0143", "CVE-2017-0144", "CVE-2017-0145",
            "CVE-2017-0146", "CVE-2017-0147", "CVE-2017-0148"],
      cwes=["20"], epss="0.9756", vpr="9.7", exploit="true", cisa="2022-03-25",
      fname="smb_ms17-010.nasl", published="2017/03/20"))
add(P(108797, "Unsupported Windows OS (remote)", "Windows", 4,
      "The remote OS or service pack is no longer supported.",
      "The remote host runs a version of Microsoft Windows that Microsoft no longer supports. It will not receive security patches.",
      "Upgrade to a supported version of Windows.",
      see_also=["https://learn.microsoft.com/en-us/lifecycle/"],
      cvss2=("10.0", "CVSS2#AV:N/AC:L/Au:N/C:C/I:C/A:C"),
      cvss3=("10.0", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
      cwes=["1104"], fname="unsupported_windows_os.nasl", published="2018/04/03"))
add(P(42411, "Microsoft Windows SMB Shares Unprivileged Access", "Windows", 3,
      "It is possible to access a network share.",
      "The remote host has at least one share that can be read and/or written by a remote user without credentials.",
      "To restrict access under Windows, open Explorer, do a right click on each share, go to the 'sharing' tab, and click on 'permissions'.",
      cvss2=("7.5", "CVSS2#AV:N/AC:L/Au:N/C:P/I:P/A:P"),
      cvss3=("7.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L"),
      cves=["CVE-1999-0519", "CVE-1999-0520"], cwes=["200"],
      epss="0.0181", vpr="5.9", exploit="true", fname="smb_accessible_shares_unpriv.nasl",
      published="2009/11/06"))
add(P(10150, "Windows NetBIOS / SMB Remote Host Information Disclosure", "Windows", 0,
      "It was possible to obtain the network name of the remote host.",
      "The remote host answered a NetBIOS nbtscan or SMB request, which disclosed its name, its workgroup or domain, and the names of logged-in users.",
      "n/a", fname="netbios_name_get.nasl", published="1999/10/12"))
add(P(11011, "Microsoft Windows SMB Service Detection", "Windows", 0,
      "A file / print sharing service is listening on the remote host.",
      "The remote service understands the CIFS (Common Internet File System) or Server Message Block (SMB) protocol.",
      "n/a", fname="cifs445.nasl", published="2002/06/05"))
add(P(10785, "Microsoft Windows SMB NativeLanManager Remote System Information Disclosure", "Windows", 0,
      "It was possible to obtain information about the remote operating system.",
      "The SMB session setup response disclosed the operating system and the Native LAN Manager version.",
      "n/a", fname="samba_detect.nasl", published="2001/10/17"))
add(P(100871, "Microsoft Windows SMB Versions Supported (remote check)", "Windows", 0,
      "It was possible to obtain information about the version of SMB running on the remote host.",
      "The scanner determined which versions of the SMB protocol the remote host accepts.",
      "n/a", fname="smb_versions_remote.nasl", published="2017/06/19"))
add(P(96982, "Server Message Block (SMB) Protocol Version 1 Enabled (uncredentialed check)", "Windows", 0,
      "The remote Windows host supports the SMBv1 protocol.",
      "The remote host accepts SMB version 1, which is unsafe and was abused by several worms. Microsoft recommends disabling it.",
      "Disable SMBv1 according to the vendor instructions.",
      see_also=["https://techcommunity.microsoft.com/t5/storage-at-microsoft/stop-using-smb1/ba-p/425858"],
      fname="smb_v1_enabled_remote.nasl", published="2017/02/03"))
add(P(57608, "SMB Signing not required", "Misc.", 2,
      "Signing is not required on the remote SMB server.",
      "Signing is not required on the remote SMB server. An unauthenticated, remote attacker can exploit this to conduct man-in-the-middle attacks against the SMB server.",
      "Enforce message signing in the host's configuration ('Microsoft network server: Digitally sign communications (always)').",
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:N/I:P/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N"),
      fname="smb_signing_disabled.nasl", published="2012/01/19"))
add(P(10736, "DCE Services Enumeration", "Windows", 0,
      "A DCE/RPC service is running on the remote host.",
      "By sending a Lookup request to the portmapper (TCP 135 or epmapper PIPE) it was possible to enumerate the Distributed Computing Environment (DCE) services running on the remote port.",
      "n/a", fname="dcetest.nasl", published="2001/08/26"))
add(P(10940, "Remote Desktop Protocol Service Detection", "Windows", 0,
      "The remote host has a remote desktop protocol service enabled.",
      "The Remote Desktop Protocol (RDP) is enabled on the remote host.",
      "Disable the service if you do not use it, and do not allow it from untrusted networks.",
      fname="windows_terminal_services.nasl", published="2002/04/20"))
add(P(58453, "Terminal Services Doesn't Use Network Level Authentication (NLA) Only", "Misc.", 2,
      "The remote Terminal Services doesn't use Network Level Authentication only.",
      "The remote Terminal Services is not configured to require Network Level Authentication (NLA), so a session (and the login screen) is set up before the user is authenticated.",
      "Enable Network Level Authentication (NLA) on the remote RDP server.",
      cvss2=("5.1", "CVSS2#AV:N/AC:H/Au:N/C:P/I:P/A:P"),
      cvss3=("4.0", "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"),
      fname="rdp_nla_only.nasl", published="2012/03/23"))

# ---- directory / DNS --------------------------------------------------------
add(P(20870, "LDAP Server Detection", "Service detection", 0,
      "An LDAP server was detected on the remote host.",
      "The remote host is running a Lightweight Directory Access Protocol (LDAP) server.",
      "n/a", fname="ldap_detect.nasl", published="2006/02/24"))
add(P(25701, "LDAP Crafted Search Request Server Information Disclosure", "Misc.", 0,
      "It is possible to discover information about the remote LDAP server.",
      "By sending a search request with a filter set to 'objectClass=*', the scanner read the root DSE of the directory: naming contexts, supported controls and the server's DNS name.",
      "n/a", fname="ldap_search.nasl", published="2007/07/12"))
add(P(43829, "Kerberos Information Disclosure", "Misc.", 0,
      "The remote Kerberos server is leaking information.",
      "The Kerberos server answered an AS-REQ for a bogus user and disclosed its realm and its current time.",
      "n/a", fname="kerberos_detect.nasl", published="2010/01/05"))
add(P(11002, "DNS Server Detection", "DNS", 0,
      "A DNS server is listening on the remote host.",
      "The remote service is a Domain Name System (DNS) server, which provides a mapping between hostnames and IP addresses.",
      "Disable this service if it is not needed or restrict access to internal hosts only if the service is available externally.",
      see_also=["https://en.wikipedia.org/wiki/Domain_Name_System"],
      fname="dns_server.nasl", published="2003/02/13"))
add(P(72779, "DNS Server Version Detection", "DNS", 0,
      "Nessus was able to obtain version information on the remote DNS server.",
      "The remote DNS server disclosed its version through the version.bind CHAOS TXT record.",
      "n/a", fname="dns_version.nasl", published="2014/03/03"))
add(P(35450, "DNS Server Spoofed Request Amplification DDoS", "DNS", 2,
      "The remote DNS server could be used in a distributed denial of service attack.",
      "The remote DNS server answers any request. A small query for the root NS records returns a much larger answer, which can be abused to amplify traffic towards a spoofed victim.",
      "Restrict access to your DNS server from public network or reconfigure it to reject such queries.",
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:N/I:N/A:P"),
      cves=["CVE-2006-0987"], cwes=["20"], epss="0.0301", vpr="3.6",
      exploit="false", fname="dns_amplification.nasl", published="2009/01/22"))
add(P(10539, "DNS Server Recursive Query Cache Poisoning Weakness", "DNS", 2,
      "The remote name server allows recursive queries to be performed by the host running nessusd.",
      "The name server resolves arbitrary names for anyone. An open resolver can be used for cache poisoning and reflection attacks.",
      "Restrict recursive queries to the hosts that should use this nameserver (such as those of the LAN connected to it).",
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:N/I:P/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N"),
      cves=["CVE-1999-0024"], epss="0.0123", vpr="2.2", exploit="false",
      fname="bind_query.nasl", published="2000/10/27"))

# ---- SNMP / NTP / IKE -------------------------------------------------------
add(P(41028, "SNMP Agent Default Community Name (public)", "SNMP", 3,
      "The community name of the remote SNMP server can be guessed.",
      "It is possible to obtain the default community name of the remote SNMP server ('public'). An attacker can use it to read information about the host and, if the community is writable, to change its configuration.",
      "Disable the SNMP service on the remote host if you do not use it. Either filter incoming UDP packets going to this port, or change the default community string.",
      cvss2=("7.5", "CVSS2#AV:N/AC:L/Au:N/C:P/I:P/A:P"),
      cves=["CVE-1999-0517"], epss="0.0198", vpr="5.2", exploit="false",
      fname="snmp_default_communities.nasl", published="2002/11/25"))
add(P(10800, "SNMP Query System Information Disclosure", "SNMP", 0,
      "The System Information of the remote host can be obtained via SNMP.",
      "It is possible to obtain the system information about the remote host by sending SNMP requests with the OID 1.3.6.1.2.1.1.",
      "Disable the SNMP service on the remote host if you do not use it, or filter incoming UDP packets going to this port.",
      fname="snmp_sysDesc.nasl", published="2001/11/06"))
add(P(35296, "SNMP Protocol Version Detection", "SNMP", 0,
      "This plugin reports the protocol version negotiated with the remote SNMP agent.",
      "By sending an SNMP 'get-next-request', it is possible to determine the version of the remote SNMP agent.",
      "Disable the SNMP service on the remote host if you do not use it, or filter incoming UDP packets going to this port.",
      fname="snmp_version.nasl", published="2009/01/06"))
add(P(10884, "Network Time Protocol (NTP) Server Detection", "Service detection", 0,
      "An NTP server is listening on the remote host.",
      "An NTP server is listening on port 123. If not securely configured, it may provide information about its version, current date, current time, and possibly system information.",
      "n/a", see_also=["https://www.ntp.org"], fname="ntp_open.nasl", published="2002/03/13"))
add(P(97861, "Network Time Protocol (NTP) Mode 6 Scanner", "Misc.", 2,
      "The remote NTP server responds to mode 6 queries.",
      "The remote NTP server answers mode 6 (control) queries. These answers are much larger than the queries and can be used in reflected denial of service attacks.",
      "Restrict NTP mode 6 queries.",
      see_also=["https://ntpscan.shadowserver.org"],
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:N/I:N/A:P"),
      cvss3=("5.8", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:L"),
      fname="ntp_mode6_detect.nasl", published="2017/03/21"))
add(P(11935, "IPSEC Internet Key Exchange (IKE) Version 1 Detection", "Service detection", 0,
      "A VPN server is listening on the remote port.",
      "The remote host seems to be running a VPN endpoint that answers IKE version 1 requests.",
      "If this service is not needed, disable it or filter incoming traffic to this port.",
      fname="ike_detect.nasl", published="2003/11/24"))
add(P(62694, "Internet Key Exchange (IKE) Aggressive Mode with Pre-Shared Key", "General", 2,
      "The remote IKEv1 service supports Aggressive Mode with Pre-Shared key.",
      "The remote IKE version 1 service accepts Aggressive Mode with pre-shared key (PSK) authentication. An attacker can capture a hash of the PSK and crack it offline.",
      "Disable Aggressive Mode if supported, avoid pre-shared keys for authentication, or use very strong keys.",
      see_also=["https://www.ernw.de/download/pskattack.pdf"],
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N"),
      cves=["CVE-2002-1623"], epss="0.0093", vpr="3.4", exploit="true",
      fname="ike_aggressive_mode_psk.nasl", published="2012/10/24"))

# ---- databases / data stores ------------------------------------------------
add(P(10719, "MySQL Server Detection", "Databases", 0,
      "A database server is listening on the remote port.",
      "The remote host is running MySQL, an open source database server.",
      "Limit incoming traffic to this port if desired.",
      see_also=["https://www.mysql.com/"], fname="mysql_version.nasl",
      published="2001/08/13"))
add(P(26024, "PostgreSQL Server Detection", "Service detection", 0,
      "A database service is listening on the remote host.",
      "The remote service is a PostgreSQL database server, or a derivative such as EnterpriseDB.",
      "Limit incoming traffic to this port if desired.",
      see_also=["https://www.postgresql.org/"], fname="postgresql_detect.nasl",
      published="2007/09/14"))
add(P(10144, "Microsoft SQL Server TCP/IP Listener Detection", "Service detection", 0,
      "A database server is listening on the remote port.",
      "The remote host is running Microsoft SQL Server.",
      "Restrict access to the database to allowed IPs only.",
      fname="mssqlserver_detect.nasl", published="1999/10/12"))
add(P(10674, "Microsoft SQL Server UDP Query Remote Version Disclosure", "Databases", 0,
      "It is possible to determine the remote SQL server version.",
      "Microsoft SQL Server has a function that lets remote users query the database instances and their versions over UDP port 1434.",
      "Restrict access to the database to allowed IPs only.",
      fname="mssql_ping.nasl", published="2001/05/25"))
add(P(73756, "Microsoft SQL Server Unsupported Version Detection (remote check)", "Databases", 4,
      "An unsupported version of a database server is running on the remote host.",
      "According to its self-reported version number, the installation of Microsoft SQL Server on the remote host is no longer supported and will not receive security updates.",
      "Upgrade to a version of Microsoft SQL Server that is currently supported.",
      see_also=["https://learn.microsoft.com/en-us/lifecycle/products/?products=sql-server"],
      cvss2=("10.0", "CVSS2#AV:N/AC:L/Au:N/C:C/I:C/A:C"),
      cvss3=("10.0", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
      cwes=["1104"], fname="mssql_unsupported.nasl", published="2014/04/29"))
add(P(100634, "Redis Server Unprotected by Password Authentication", "Misc.", 4,
      "A Redis server is not protected by password authentication.",
      "The Redis server running on the remote host is not protected by password authentication. A remote attacker can read and modify the data it holds and, through the CONFIG command, write files on the host.",
      "Enable the 'requirepass' directive (or ACL users) in the redis.conf configuration file, and bind Redis to trusted interfaces only.",
      see_also=["https://redis.io/docs/latest/operate/oss_and_stack/management/security/"],
      cvss2=("10.0", "CVSS2#AV:N/AC:L/Au:N/C:C/I:C/A:C"),
      cvss3=("9.8", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
      cwes=["306"], fname="redis_no_auth.nasl", published="2017/06/06"))
add(P(101025, "Elasticsearch Unrestricted Access Information Disclosure", "Misc.", 2,
      "The search engine running on the remote web server is affected by an information disclosure vulnerability.",
      "The Elasticsearch REST API on the remote host answers requests without authentication. A remote attacker can list the indices and read the documents they contain.",
      "Enable Elasticsearch security features (authentication and TLS) or restrict access to the API.",
      see_also=["https://www.elastic.co/guide/en/elasticsearch/reference/current/secure-cluster.html"],
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N"),
      cwes=["200", "306"], fname="elasticsearch_unrestricted_access.nasl",
      published="2017/06/22"))

# ---- mail / ftp -------------------------------------------------------------
add(P(10263, "SMTP Server Detection", "Service detection", 0,
      "An SMTP server is listening on the remote port.",
      "The remote host is running a mail (SMTP) server on this port.",
      "Disable this service if you do not use it, or filter incoming traffic to this port.",
      fname="smtpserver_detect.nasl", published="1999/10/12"))
add(P(54582, "SMTP Service STARTTLS Command Support", "SMTP problems", 0,
      "The remote mail service supports encrypting traffic.",
      "The remote SMTP service supports the use of the 'STARTTLS' command to switch from a cleartext to an encrypted communications channel.",
      "n/a", see_also=["https://tools.ietf.org/html/rfc2487"],
      fname="smtp_starttls.nasl", published="2011/05/19"))
add(P(10092, "FTP Server Detection", "Service detection", 0,
      "An FTP server is listening on a remote port.",
      "It is possible to obtain the banner of the remote FTP server by connecting to a remote port.",
      "n/a", fname="ftpserver_detect_type_nd_version.nasl", published="1999/10/12"))
add(P(10079, "Anonymous FTP Enabled", "FTP", 2,
      "Anonymous logins are allowed on the remote FTP server.",
      "The FTP server allows anonymous logins. Any remote user may connect and read (and possibly write) files without providing a password.",
      "Disable anonymous FTP if it is not required.",
      cvss2=("5.0", "CVSS2#AV:N/AC:L/Au:N/C:P/I:N/A:N"),
      cvss3=("5.3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N"),
      cves=["CVE-1999-0497"], cwes=["287"], epss="0.0127", vpr="2.2",
      exploit="true", fname="ftp_anonymous.nasl", published="1999/06/22"))
add(P(34324, "FTP Supports Cleartext Authentication", "FTP", 1,
      "Authentication credentials might be intercepted.",
      "The remote FTP server allows the user's name and password to be transmitted in cleartext, which could be intercepted by a network sniffer or a man-in-the-middle attack.",
      "Switch to SFTP (part of the SSH suite) or FTPS (FTP over SSL/TLS).",
      cvss2=("2.6", "CVSS2#AV:N/AC:H/Au:N/C:P/I:N/A:N"),
      cwes=["522", "523", "928", "930"], fname="ftp_cleartext_auth.nasl",
      published="2008/10/01"))


# --------------------------------------------------------------------------
# Report model
# --------------------------------------------------------------------------

class Host:
    def __init__(self, name, ip, fqdn=None, netbios=None, mac=None,
                 os_name="Linux Kernel 5.15 on Ubuntu 22.04", start=None,
                 minutes=6, device="general-purpose", extra_tags=None):
        self.name = name
        self.ip = ip
        self.fqdn = fqdn
        self.netbios = netbios
        self.mac = mac
        self.os_name = os_name
        self.device = device
        self.start = start
        self.end = start + datetime.timedelta(minutes=minutes, seconds=num(name, 3, 57))
        self.extra_tags = extra_tags or []
        self.items = []

    def item(self, pid, port, svc, proto, output=None, severity=None):
        self.items.append((pid, port, svc, proto, output, severity))
        return self

    def tags(self):
        t = []
        t.append(("HOST_END", nessus_time(self.end)))
        t.append(("HOST_END_TIMESTAMP", str(epoch(self.end))))
        if self.netbios:
            t.append(("netbios-name", self.netbios))
        if self.mac:
            t.append(("mac-address", self.mac))
        t.append(("operating-system", self.os_name))
        t.append(("system-type", self.device))
        if self.fqdn:
            t.append(("host-fqdn", self.fqdn))
            t.append(("host-rdns", self.fqdn))
        t.append(("host-ip", self.ip))
        t.extend(self.extra_tags)
        t.append(("HOST_START", nessus_time(self.start)))
        t.append(("HOST_START_TIMESTAMP", str(epoch(self.start))))
        return t


def render_item(pid, port, svc, proto, output, severity):
    p = CATALOG[pid]
    sev = p["severity"] if severity is None else severity
    lines = []
    lines.append('      <ReportItem port="%s" svc_name="%s" protocol="%s" severity="%d" pluginID="%d" pluginName="%s" pluginFamily="%s">'
                 % (port, esc(svc), esc(proto), sev, pid, esc(p["name"]), esc(p["family"])))

    def el(tag, value):
        lines.append("        <%s>%s</%s>" % (tag, esc(value), tag))

    if p["cisa"]:
        el("cisa-known-exploited", p["cisa"])
    if p["cvss3"]:
        el("cvss3_base_score", p["cvss3"][0])
        el("cvss3_vector", p["cvss3"][1])
    if p["cvss4"]:
        el("cvss4_base_score", p["cvss4"][0])
        el("cvss4_vector", p["cvss4"][1])
    if p["cvss2"]:
        el("cvss_base_score", p["cvss2"][0])
        el("cvss_vector", p["cvss2"][1])
    el("description", p["description"])
    if p["epss"]:
        el("epss_score", p["epss"])
    if p["exploit"]:
        el("exploit_available", p["exploit"])
    el("fname", p["fname"])
    el("plugin_modification_date", p["modified"])
    el("plugin_name", p["name"])
    el("plugin_publication_date", p["published"])
    el("plugin_type", p["ptype"])
    el("risk_factor", p["risk"])
    el("script_version", "1.%d" % num("v%d" % pid, 3, 60))
    if p["see_also"]:
        el("see_also", "\n".join(p["see_also"]))
    el("solution", p["solution"])
    el("synopsis", p["synopsis"])
    if p["vpr"]:
        el("vpr_score", p["vpr"])
    for cve in p["cves"]:
        el("cve", cve)
    for cwe in p["cwes"]:
        el("cwe", cwe)
    if output is not None:
        el("plugin_output", output)
    lines.append("      </ReportItem>")
    return "\n".join(lines)


def render_report(report_name, hosts, policy_name, targets):
    out = []
    out.append('<?xml version="1.0" ?>')
    out.append("<NessusClientData_v2>")
    out.append("  <Policy>")
    out.append("    <policyName>%s</policyName>" % esc(policy_name))
    out.append("    <Preferences>")
    out.append("      <ServerPreferences>")
    for k, v in [("TARGET", targets), ("port_range", "default"),
                 ("safe_checks", "yes"), ("scan_name", report_name),
                 ("plugin_set", "10107;10114;10287;11219;19506;22964;45590")]:
        out.append("        <preference>")
        out.append("          <name>%s</name>" % esc(k))
        out.append("          <value>%s</value>" % esc(v))
        out.append("        </preference>")
    out.append("      </ServerPreferences>")
    out.append("    </Preferences>")
    out.append("  </Policy>")
    out.append('  <Report name="%s" xmlns:cm="http://www.nessus.org/cm">' % esc(report_name))
    for h in hosts:
        out.append('    <ReportHost name="%s">' % esc(h.name))
        out.append("      <HostProperties>")
        for k, v in h.tags():
            out.append('        <tag name="%s">%s</tag>' % (esc(k), esc(v)))
        out.append("      </HostProperties>")
        for it in h.items:
            out.append(render_item(*it))
        out.append("    </ReportHost>")
    out.append("  </Report>")
    out.append("</NessusClientData_v2>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Reusable bundles of findings
# --------------------------------------------------------------------------

def scan_info(h, scan_name, scanner, start, credentialed=False):
    rtt = num("rtt" + h.ip, 150, 9900) / 1000.0
    return ("Information about this scan : \n\n"
            "Nessus version : 10.8.3\n"
            "Nessus build : 20010\n"
            "Plugin feed version : 202611232215\n"
            "Scanner edition used : Nessus\n"
            "Scanner OS : LINUX\n"
            "Scan type : Normal\n"
            "Scan name : %s\n"
            "Scan policy used : Advanced Network Scan\n"
            "Scanner IP : %s\n"
            "Port scanner(s) : nessus_syn_scanner \n"
            "Port range : default\n"
            "Ping RTT : %.3f ms\n"
            "Thorough tests : no\n"
            "Experimental tests : no\n"
            "Paranoia level : 1\n"
            "Report verbosity : 1\n"
            "Safe checks : yes\n"
            "Optimize the test : yes\n"
            "Credentialed checks : %s\n"
            "Patch management checks : None\n"
            "CGI scanning : disabled\n"
            "Web application tests : disabled\n"
            "Max hosts : 30\n"
            "Max checks : 4\n"
            "Recv timeout : 5\n"
            "Backports : None\n"
            "Allow post-scan editing : Yes\n"
            "Scan Start Date : %s UTC\n"
            "Scan duration : %d sec\n"
            % (scan_name, scanner, rtt, "yes" if credentialed else "no",
               start.strftime("%Y/%m/%d %H:%M").replace(" 0", " "),
               int((h.end - h.start).total_seconds())))


def host_level(h, ctx, cpes, icmp=True, timestamps=True, trace_hops=()):
    """Port-0 findings most hosts have."""
    h.item(19506, 0, "general", "tcp", scan_info(h, ctx["scan_name"], ctx["scanner"], ctx["start"]))
    hops = [ctx["scanner"]] + list(trace_hops) + [h.ip]
    h.item(10287, 0, "general", "udp",
           "For your information, here is the traceroute from %s to %s : \n%s\n\nHop Count: %d\n"
           % (ctx["scanner"], h.ip, "\n".join(hops), len(hops) - 1))
    h.item(11936, 0, "general", "tcp",
           "\nRemote operating system : %s\nConfidence level : %d\nMethod : %s\n\n"
           "The remote host is running %s"
           % (h.os_name, num("conf" + h.ip, 56, 99),
              "SMB" if h.netbios else ("SNMP" if h.device != "general-purpose" else "SSH"),
              h.os_name))
    h.item(54615, 0, "general", "tcp",
           "Remote device type : %s\nConfidence level : %d\n"
           % (h.device, num("conf" + h.ip, 56, 99)))
    h.item(45590, 0, "general", "tcp",
           "\nThe remote operating system matched the following CPE : \n\n  %s\n\n"
           "Following application CPE's matched on the remote system :\n\n%s\n"
           % (cpes[0], "\n".join("  " + c for c in cpes[1:]) or "  (none)"))
    if h.fqdn:
        h.item(12053, 0, "general", "tcp", "\n%s resolves as %s.\n" % (h.ip, h.fqdn))
    if timestamps:
        h.item(25220, 0, "general", "tcp", None)
    if icmp:
        skew = num("skew" + h.ip, 0, 3) - 1
        h.item(10114, 0, "general", "icmp",
               "The difference between the local and remote clocks is %d second%s.\n"
               % (skew, "" if abs(skew) == 1 else "s"))
    if h.mac:
        vendor = ctx.get("vendors", {}).get(h.mac[:8], "VMware, Inc.")
        h.item(35716, 0, "general", "tcp",
               "\nThe following card manufacturers were identified :\n\n%s : %s\n" % (h.mac, vendor))
        h.item(86420, 0, "general", "tcp",
               "The following is a consolidated list of detected MAC addresses:\n  - %s\n" % h.mac)


def open_port(h, port, svc, proto="tcp", identified=True, service_text=None):
    if proto.lower() == "udp":
        h.item(34277, port, svc, proto, "Port %d/udp was found to be open\n" % port)
    else:
        h.item(11219, port, svc, proto, "Port %d/tcp was found to be open\n" % port)
        if identified and service_text:
            h.item(22964, port, svc, proto, service_text)


def ssh_bundle(h, version, port=22, weak_cbc=True, weak_mac=False, weak_kex=False,
               terrapin=True, password=True):
    open_port(h, port, "ssh", service_text="An SSH server is running on this port.\n")
    h.item(10267, port, "ssh", "tcp",
           "\nSSH version : %s\nSSH supported authentication : publickey%s\n"
           % (version, ",password" if password else ""))
    h.item(10881, port, "ssh", "tcp",
           "The remote SSH daemon supports the following versions of the\nSSH protocol :\n\n  - 1.99\n  - 2.0\n")
    if password:
        h.item(149334, port, "ssh", "tcp", None)
    if weak_cbc:
        h.item(70658, port, "ssh", "tcp",
               "\nThe following client-to-server Cipher Block Chaining (CBC) algorithms\nare supported : \n\n"
               "  aes128-cbc\n  aes256-cbc\n  3des-cbc\n\n"
               "The following server-to-client Cipher Block Chaining (CBC) algorithms\nare supported : \n\n"
               "  aes128-cbc\n  aes256-cbc\n  3des-cbc\n")
    if weak_mac:
        h.item(71049, port, "ssh", "tcp",
               "\nThe following client-to-server Message Authentication Code (MAC) algorithms\nare supported : \n\n"
               "  hmac-md5\n  hmac-md5-96\n  hmac-sha1-96\n")
    if weak_kex:
        h.item(153953, port, "ssh", "tcp",
               "\nThe following weak key exchange algorithms are enabled : \n\n"
               "  diffie-hellman-group-exchange-sha1\n  diffie-hellman-group1-sha1\n")
    if terrapin:
        h.item(187315, port, "ssh", "tcp",
               "\nSupports following Terrapin vulnerable cipher suites without strict key exchange:\n"
               "  chacha20-poly1305@openssh.com (client-to-server)\n"
               "  chacha20-poly1305@openssh.com (server-to-client)\n")


def tls_bundle(h, port, svc, cn, issuer=None, not_before="Jan 04 00:00:00 2025 GMT",
               not_after="Jan 04 23:59:59 2027 GMT", tls10=False, tls11=False,
               self_signed=False, untrusted=False, sweet32=False, rc4=False,
               wrong_host=None, expired=False):
    issuer = issuer or ("CN=%s" % cn if self_signed else "C=US, O=Example Corp, CN=Example Corp Issuing CA 02")
    versions = (["TLSv1"] if tls10 else []) + (["TLSv1.1"] if tls11 else []) + ["TLSv1.2", "TLSv1.3"]
    h.item(56984, port, svc, "tcp",
           "\nThis port supports %s.\n" % "/".join(versions))
    h.item(10863, port, svc, "tcp",
           "Subject Name: \n\nCommon Name: %s\n\nIssuer Name: \n\n%s\n\n"
           "Serial Number: %02X %02X %02X %02X \n\nVersion: 3\n\n"
           "Signature Algorithm: SHA-256 With RSA Encryption\n\n"
           "Not Valid Before: %s\nNot Valid After: %s\n"
           % (cn, issuer.replace(", ", "\n"), num(cn + "a", 0, 255), num(cn + "b", 0, 255),
              num(cn + "c", 0, 255), num(cn + "d", 0, 255), not_before, not_after))
    h.item(21643, port, svc, "tcp",
           "\nHere is the list of SSL ciphers supported by the remote server :\nEach group is reported per SSL Version.\n\n"
           "SSL Version : TLSv12\n  High Strength Ciphers (>= 112-bit key)\n\n"
           "    Name                          Code             KEX           Auth     Encryption             MAC\n"
           "    ----------------------        ----------       ---           ----     ---------------------  ---\n"
           "    ECDHE-RSA-AES128-SHA256       0xC0, 0x2F       ECDH          RSA      AES-GCM(128)           SHA256\n"
           "    ECDHE-RSA-AES256-SHA384       0xC0, 0x30       ECDH          RSA      AES-GCM(256)           SHA384\n"
           "%s\nThe fields above are :\n\n  {Tenable ciphername}\n  {Cipher ID code}\n  Kex={key exchange}\n"
           "  Auth={authentication}\n  Encrypt={symmetric encryption method}\n  MAC={message authentication code}\n"
           % ("    DES-CBC3-SHA                  0x00, 0x0A       RSA           RSA      3DES-CBC(168)          SHA1\n" if sweet32 else ""))
    h.item(57041, port, svc, "tcp",
           "\nHere is the list of SSL PFS ciphers supported by the remote server :\n\n"
           "  High Strength Ciphers (>= 112-bit key)\n\n"
           "    ECDHE-RSA-AES128-SHA256       0xC0, 0x2F       ECDH          RSA      AES-GCM(128)           SHA256\n")
    if tls10:
        h.item(104743, port, svc, "tcp", "\nTLSv1 is enabled and the server supports at least one cipher.\n")
    if tls11:
        h.item(121010, port, svc, "tcp", "\nTLSv1.1 is enabled and the server supports at least one cipher.\n")
    if self_signed:
        h.item(57582, port, svc, "tcp",
               "\nThe following certificate was found at the top of the certificate\n"
               "chain sent by the remote host, but is self-signed and was not\n"
               "found in the list of known certificate authorities :\n\n|-Subject : CN=%s\n" % cn)
    if untrusted:
        h.item(51192, port, svc, "tcp",
               "\nThe following certificate was at the top of the certificate\n"
               "chain sent by the remote host, but it is signed by an unknown\n"
               "certificate authority :\n\n|-Subject : CN=%s\n|-Issuer  : %s\n" % (cn, issuer))
    if wrong_host:
        h.item(45411, port, svc, "tcp",
               "\nThe identities known by Nessus are :\n\n  %s\n  %s\n\n"
               "The Common Name in the certificate is :\n\n  %s\n" % (h.ip, wrong_host, cn))
    if expired:
        h.item(15901, port, svc, "tcp",
               "\nThe SSL certificate has already expired :\n\n  Subject          : CN=%s\n"
               "  Issuer           : %s\n  Not valid before : %s\n  Not valid after  : %s\n"
               % (cn, issuer, not_before, not_after))
    if sweet32:
        h.item(42873, port, svc, "tcp",
               "\nHere is the list of medium strength SSL ciphers supported by the remote server :\n\n"
               "  Medium Strength Ciphers (> 64-bit and < 112-bit key, or 3DES)\n\n"
               "    Name                          Code             KEX           Auth     Encryption             MAC\n"
               "    ----------------------        ----------       ---           ----     ---------------------  ---\n"
               "    DES-CBC3-SHA                  0x00, 0x0A       RSA           RSA      3DES-CBC(168)          SHA1\n")
    if rc4:
        h.item(65821, port, svc, "tcp",
               "\nList of RC4 cipher suites supported by the remote server :\n\n"
               "  High Strength Ciphers (>= 112-bit key)\n\n"
               "    RC4-SHA                       0x00, 0x05       RSA           RSA      RC4(128)               SHA1\n")


def http_bundle(h, port, svc, server, tls=False, headers=None, trace=False,
                hsts_missing=False, robots=None, xfo=False, title=None):
    open_port(h, port, svc, service_text=(
        "A TLS server answered on this port.\n\nA web server is running on this port through TLS.\n"
        if tls else "A web server is running on this port.\n"))
    h.item(10107, port, svc, "tcp", "The remote web server type is :\n\n%s\n" % server)
    hdrs = headers or []
    body = ("\nResponse Code : HTTP/1.1 200 OK\n\nProtocol version : HTTP/1.1\n"
            "HTTP/2 TLS Support: %s\nSSL : %s\nKeep-Alive : yes\n"
            "Options allowed : (Not implemented)\nHeaders :\n\n"
            "  Date: %s\n  Server: %s\n%s"
            % ("Yes" if tls else "No", "yes" if tls else "no",
               (h.start + datetime.timedelta(seconds=num("hdr" + h.name, 30, 150)))
               .strftime("%a, %d %b %Y %H:%M:%S GMT"), server,
               "".join("  %s\n" % x for x in hdrs)))
    if title:
        body += "\nResponse Body :\n\n<html><head><title>%s</title></head>\n" % title
    h.item(24260, port, svc, "tcp", body)
    if robots:
        h.item(10302, port, svc, "tcp",
               "Contents of robots.txt :\n\n" + "".join("%s\n" % r for r in robots))
    if trace:
        h.item(11213, port, svc, "tcp",
               "\nTo disable these methods, add the following lines for each virtual\n"
               "host in your configuration file :\n\n    RewriteEngine on\n"
               "    RewriteCond %%{REQUEST_METHOD} ^(TRACE|TRACK)\n    RewriteRule .* - [F]\n\n"
               "Nessus sent the following TRACE request : \n\n"
               "------------------------------ snip ------------------------------\n"
               "TRACE /Nessus%d.html HTTP/1.1\nConnection: Close\nHost: %s\n"
               "------------------------------ snip ------------------------------\n"
               % (num("trace" + h.ip, 10000, 99999), h.fqdn or h.ip))
    if hsts_missing:
        h.item(84502, port, svc, "tcp", "\n  HTTP/1.1 200 OK\n  Strict-Transport-Security: (missing)\n")
    if xfo:
        h.item(50345, port, svc, "tcp",
               "\nThe following pages do not set a X-Frame-Options response header or set a permissive policy:\n\n"
               "  - %s://%s%s/\n" % ("https" if tls else "http", h.fqdn or h.ip,
                                     "" if port in (80, 443) else ":%d" % port))


def windows_bundle(h, domain, os_smb, smb1=True, signing_not_required=True,
                   rdp=True, nla_missing=False, ms17=False, shares=None,
                   unsupported=False, dynamic_rpc=(49664, 49665, 49667)):
    # NetBIOS name service over UDP
    h.item(10150, 137, "netbios-ns", "udp",
           "The following %d NetBIOS names have been gathered :\n\n"
           " %-16s = Computer name\n %-16s = Workgroup / Domain name\n %-16s = File Server Service\n\n"
           "The remote host has the following MAC address on its adapter :\n\n   %s\n"
           % (3, h.netbios, domain, h.netbios, (h.mac or "00:50:56:00:00:00").lower()))
    open_port(h, 135, "epmap", service_text=None)
    h.item(10736, 135, "epmap", "tcp",
           "\nThe following DCERPC services are available locally :\n\n"
           "Object UUID : 00000000-0000-0000-0000-000000000000\n"
           "UUID : 12345778-1234-abcd-ef00-0123456789ac, version 1.0\n"
           "Description : Security Account Manager\nWindows process : lsass.exe\n"
           "Type : Remote RPC service\nTCP Port : %d\nIP : %s\n" % (dynamic_rpc[0], h.ip))
    for p in dynamic_rpc:
        open_port(h, p, "dce-rpc", service_text=None)
        h.item(10736, p, "dce-rpc", "tcp",
               "\nThe following DCERPC services are available on TCP port %d :\n\n"
               "Object UUID : 00000000-0000-0000-0000-000000000000\n"
               "UUID : 367abb81-9844-35f1-ad32-98f038001003, version 2.0\n"
               "Description : Service Control Manager\nWindows process : svchost.exe\n"
               "Type : Remote RPC service\nTCP Port : %d\nIP : %s\n" % (p, p, h.ip))
    open_port(h, 139, "smb", service_text=None)
    h.item(11011, 139, "smb", "tcp", "\nAn SMB server is running on this port.\n")
    open_port(h, 445, "cifs", service_text=None)
    h.item(11011, 445, "cifs", "tcp", "\nA CIFS server is running on this port.\n")
    h.item(10785, 445, "cifs", "tcp",
           "The remote Operating System is : %s\nThe remote native LAN manager is : %s\n"
           "The remote SMB Domain Name is : %s\n" % (os_smb, os_smb, domain))
    h.item(100871, 445, "cifs", "tcp",
           "The remote host supports the following versions of SMB :\n%s  SMBv2\n"
           % ("  SMBv1\n" if smb1 else ""))
    if smb1:
        h.item(96982, 445, "cifs", "tcp",
               "\nThe remote host supports SMBv1.\n")
    if signing_not_required:
        h.item(57608, 445, "cifs", "tcp", None)
    if ms17:
        h.item(97833, 445, "cifs", "tcp", None)
    if shares:
        h.item(42411, 445, "cifs", "tcp",
               "\nThe following shares can be accessed as nessus%d :\n\n" % num("sh" + h.ip, 1000, 9999)
               + "".join("- %s  - (readable%s)\n  + Content of this share :\n%s\n"
                         % (s, ",writable" if w else "", "".join("    %s\n" % f for f in files))
                         for s, w, files in shares))
    if unsupported:
        h.item(108797, 0, "general", "tcp",
               "\nThe following Windows version is installed and not supported:\n\n%s\n" % os_smb)
    if rdp:
        open_port(h, 3389, "msrdp", service_text=None)
        h.item(10940, 3389, "msrdp", "tcp", None)
        tls_bundle(h, 3389, "msrdp", cn=(h.fqdn or h.netbios), self_signed=True,
                   untrusted=True, not_before="Oct 30 04:12:09 2026 GMT",
                   not_after="Apr 30 04:12:09 2027 GMT")
        if nla_missing:
            h.item(58453, 3389, "msrdp", "tcp", None)


def dns_bundle(h, version, open_resolver=False, amplification=False, tcp=True):
    open_port(h, 53, "dns", proto="udp")
    h.item(11002, 53, "dns", "udp", None)
    h.item(72779, 53, "dns", "udp", "\n  Version : %s\n" % version)
    if tcp:
        open_port(h, 53, "dns", service_text=None)
        h.item(11002, 53, "dns", "tcp", None)
    if open_resolver:
        h.item(10539, 53, "dns", "udp", None)
    if amplification:
        h.item(35450, 53, "dns", "udp",
               "\nThe DNS query was 17 bytes long, the answer is 503 bytes long.\n")


def snmp_bundle(h, sysdescr, location, contact, public=True):
    open_port(h, 161, "snmp", proto="udp")
    h.item(35296, 161, "snmp", "udp",
           "\nNessus has obtained SNMP information from the remote agent using\nthe following protocol version : SNMPv2c\n")
    if public:
        h.item(41028, 161, "snmp", "udp",
               "\nThe remote SNMP server replies to the following default community\nstring :\n\npublic\n")
        h.item(10800, 161, "snmp", "udp",
               "\nSystem information :\n sysDescr     : %s\n sysObjectID  : 1.3.6.1.4.1.9.1.2137\n"
               " sysUptime    : %d days, %d:%02d:%02d.00\n sysContact   : %s\n"
               " sysName      : %s\n sysLocation  : %s\n sysServices  : 78\n"
               % (sysdescr, num("up" + h.ip, 3, 400), num("uh" + h.ip, 0, 23),
                  num("um" + h.ip, 0, 59), num("us" + h.ip, 0, 59), contact,
                  (h.fqdn or h.ip).split(".")[0], location))


def ntp_bundle(h, mode6=True):
    open_port(h, 123, "ntp", proto="udp")
    h.item(10884, 123, "ntp", "udp",
           "\n  Version : ntpd 4.2.8p15@1.3728-o\n  Stratum : 3\n  System  : UNIX\n")
    if mode6:
        h.item(97861, 123, "ntp", "udp",
               "\n  Nessus elicited the following response from the remote\n"
               "  host by sending an NTP mode 6 query :\n\n"
               "'version=\"ntpd 4.2.8p15@1.3728-o\", processor=\"x86_64\", system=\"Linux/5.10.0\", leap=0, stratum=3, precision=-23'\n")


# --------------------------------------------------------------------------
# External perimeter scan
# --------------------------------------------------------------------------

def external_hosts():
    ctx = {"scan_name": "Example Corp - External Perimeter 2026-11-24",
           "scanner": EXTERNAL_SCANNER, "start": EXTERNAL_START}
    hosts = []
    clock = [EXTERNAL_START]

    def new(name, ip, minutes=6, **kw):
        h = Host(name, ip, start=clock[0], minutes=minutes, **kw)
        clock[0] = clock[0] + datetime.timedelta(minutes=2, seconds=num(name, 1, 59))
        hosts.append(h)
        return h

    edge_hops = ("203.0.113.1",)

    # --- Load balancer VIP (network team; 443 goes to web-platform) --------
    h = new("203.0.113.10", "203.0.113.10", fqdn="www.example.com",
            os_name="F5 Networks BIG-IP", device="load-balancer")
    host_level(h, ctx, ["cpe:/h:f5:big-ip", "cpe:/a:f5:big-ip_local_traffic_manager"],
               trace_hops=edge_hops)
    http_bundle(h, 80, "www", "BigIP",
                headers=["Location: https://www.example.com/", "Connection: close"])
    http_bundle(h, 443, "www", "nginx/1.18.0 (Ubuntu)", tls=True, hsts_missing=True,
                headers=["Content-Type: text/html; charset=utf-8", "Set-Cookie: BIGipServerpool_web=rd1o00000000000000000000ffff0a1e0007o8443; path=/; Httponly; Secure"],
                title="Example Corp")
    tls_bundle(h, 443, "www", cn="www.example.com", tls10=True, tls11=True,
               self_signed=True, untrusted=True, sweet32=True)

    # --- Web application target given as a URL ------------------------------
    h = new("https://portal.example.com/", "203.0.113.20", fqdn="portal.example.com",
            os_name="Linux Kernel 5.15 on Ubuntu 22.04", minutes=14)
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:apache:http_server:2.4.52"],
               icmp=False, trace_hops=edge_hops)
    http_bundle(h, 443, "www", "Apache/2.4.52 (Ubuntu)", tls=True, hsts_missing=True,
                xfo=True, robots=["User-agent: *", "Disallow: /admin/", "Disallow: /export/"],
                title="Example Corp — Customer Portal")
    tls_bundle(h, 443, "www", cn="portal.example.com", tls11=True, untrusted=True,
               issuer="C=US, O=Example Corp, CN=Example Corp Issuing CA 02")

    # --- Jump host: also scanned inside as 10.40.5.10; the same FQDN merges them --
    h = new("203.0.113.30", "203.0.113.30", fqdn="jump-01.corp.example.com",
            os_name="Linux Kernel 6.1 on Debian 12", minutes=5)
    host_level(h, ctx, ["cpe:/o:debian:debian_linux:12"], trace_hops=edge_hops)
    ssh_bundle(h, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", weak_cbc=False, password=True)

    # --- Edge firewall answering on (almost) every port ---------------------
    h = new("198.51.100.1", "198.51.100.1", fqdn="fw-edge.example.com",
            os_name="Fortinet FortiOS", device="firewall", minutes=38)
    host_level(h, ctx, ["cpe:/o:fortinet:fortios"], trace_hops=())
    well_known = {
        21: "ftp?", 23: "telnet?", 25: "smtp?", 53: "dns?", 79: "finger?", 80: "www?",
        110: "pop3?", 111: "rpc-portmapper?", 113: "auth?", 119: "nntp?", 135: "epmap?",
        139: "smb?", 143: "imap?", 179: "bgp?", 389: "ldap?", 445: "cifs?",
        465: "smtps?", 514: "shell?", 587: "submission?", 636: "ldaps?", 993: "imaps?",
        995: "pop3s?", 1080: "socks?", 1433: "mssql?", 1521: "oracle_tnslsnr?",
        1723: "pptp?", 2049: "nfs?", 3128: "http_proxy?", 3306: "mysql?",
        3389: "msrdp?", 5060: "sip?", 5432: "postgresql?", 5900: "vnc?",
        6379: "redis?", 8000: "www?", 8080: "www?", 8443: "https?", 8888: "www?",
        9100: "jetdirect?", 9200: "www?", 10000: "webmin?", 27017: "mongodb?",
    }
    fw_ports = sorted(set(list(well_known.keys()) + [22, 443] + list(range(40000, 40120))))
    for port in fw_ports:
        if port == 22:
            ssh_bundle(h, "SSH-2.0-FortiSSH_0.1", weak_cbc=True, weak_kex=True,
                       terrapin=False, password=True)
        elif port == 443:
            h.item(11219, 443, "www", "tcp", "Port 443/tcp was found to be open\n")
            h.item(22964, 443, "www", "tcp",
                   "A TLS server answered on this port.\n\nA web server is running on this port through TLS.\n")
            h.item(10107, 443, "www", "tcp", "The remote web server type is :\n\nxxxxxxxx-xxxxx\n")
            tls_bundle(h, 443, "www", cn="FGT60F0000000000", self_signed=True,
                       untrusted=True, wrong_host="fw-edge.example.com",
                       not_before="Jan 12 08:00:00 2024 GMT", not_after="Jan 16 08:00:00 2034 GMT")
        else:
            h.item(11219, port, well_known.get(port, "unknown"), "tcp",
                   "Port %d/tcp was found to be open\n" % port)

    # --- Site-to-site / remote-access VPN -----------------------------------
    h = new("198.51.100.2", "198.51.100.2", fqdn="vpn.example.com",
            os_name="Cisco Adaptive Security Appliance", device="firewall")
    host_level(h, ctx, ["cpe:/o:cisco:adaptive_security_appliance_software"], trace_hops=("198.51.100.1",))
    open_port(h, 500, "ike", proto="udp")
    h.item(11935, 500, "ike", "udp",
           "\nThe remote IKEv1 service answered with the following transform :\n\n"
           "  Encryption : AES-CBC-256\n  Hash : SHA1\n  Auth : Pre-Shared Key\n  Group : MODP-2048\n")
    h.item(62694, 500, "ike", "udp", None)
    http_bundle(h, 443, "www", "Cisco ASA SSL VPN", tls=True)
    tls_bundle(h, 443, "www", cn="vpn.example.com", tls10=True, rc4=True,
               expired=True, not_before="Nov 02 00:00:00 2025 GMT",
               not_after="Nov 02 23:59:59 2026 GMT")

    # --- Edge routers --------------------------------------------------------
    for ip, name, location in [
            ("198.51.100.3", "rtr-edge-01.example.com", "Datacenter Zürich — Rack B4"),
            ("198.51.100.4", "rtr-edge-02.example.com", "Datacenter Lyon — Salle réseau 2")]:
        h = new(ip, ip, fqdn=name, os_name="Cisco IOS XE 17.6", device="router")
        host_level(h, ctx, ["cpe:/o:cisco:ios_xe:17.6"], trace_hops=("198.51.100.1",))
        if ip.endswith(".4"):
            # Upper-case protocol attribute, as seen in some exports.
            h.item(11219, 22, "ssh", "TCP", "Port 22/tcp was found to be open\n")
            h.item(10267, 22, "ssh", "TCP",
                   "\nSSH version : SSH-2.0-Cisco-1.25\nSSH supported authentication : publickey,keyboard-interactive,password\n")
            h.item(10881, 22, "ssh", "tcp",
                   "The remote SSH daemon supports the following versions of the\nSSH protocol :\n\n  - 1.99\n  - 2.0\n")
            h.item(70658, 22, "ssh", "tcp", "\nThe following client-to-server Cipher Block Chaining (CBC) algorithms\nare supported : \n\n  aes128-cbc\n  aes256-cbc\n")
            h.item(71049, 22, "ssh", "tcp", "\nThe following client-to-server Message Authentication Code (MAC) algorithms\nare supported : \n\n  hmac-sha1-96\n")
        else:
            ssh_bundle(h, "SSH-2.0-Cisco-1.25", weak_cbc=True, weak_mac=True,
                       weak_kex=True, terrapin=False)
        snmp_bundle(h, "Cisco IOS Software [Cupertino], ASR1000 Software, Version 17.6.5",
                    location, "noc@example.com", public=True)
        ntp_bundle(h, mode6=True)
        open_port(h, 179, "bgp", service_text="A BGP speaker is listening on this port.\n")

    # --- Authoritative DNS (network team) ------------------------------------
    h = new("198.51.100.53", "198.51.100.53", fqdn="ns1.example.com",
            os_name="Linux Kernel 5.10 on Debian 11 (bullseye)", mac=None)
    host_level(h, ctx, ["cpe:/o:debian:debian_linux:11", "cpe:/a:isc:bind:9.16.44"],
               trace_hops=("198.51.100.1",))
    dns_bundle(h, "9.16.44-Debian", open_resolver=True, amplification=True)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.4p1 Debian-5+deb11u3", weak_cbc=False)

    # --- billing-db, second address (payments, via asset) --------------------
    h = new("192.0.2.45", "192.0.2.45", fqdn="billing-db.corp.example.com",
            os_name="Linux Kernel 5.15 on Ubuntu 22.04")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:postgresql:postgresql:14"],
               trace_hops=("203.0.113.1",))
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=False)
    open_port(h, 5432, "postgresql", service_text=None)
    h.item(26024, 5432, "postgresql", "tcp", None)
    tls_bundle(h, 5432, "postgresql", cn="billing-db.corp.example.com",
               self_signed=True, untrusted=True, wrong_host="192.0.2.45")

    # --- Payments API in the DMZ (payments, via *.pay.example.com) -----------
    h = new("192.0.2.10", "192.0.2.10", fqdn="api.pay.example.com",
            os_name="Linux Kernel 5.15 on Ubuntu 22.04")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:nginx:nginx:1.24.0"],
               trace_hops=("203.0.113.1",))
    http_bundle(h, 443, "www", "nginx/1.24.0", tls=True, hsts_missing=True,
                headers=["Content-Type: application/json"])
    tls_bundle(h, 443, "www", cn="api.pay.example.com", tls11=True)

    # --- Legacy mail/FTP box nobody claims (unassigned) ----------------------
    h = new("192.0.2.200", "192.0.2.200", fqdn="legacy-mx.example.com",
            os_name="Linux Kernel 3.10 on CentOS Linux release 7.9.2009")
    host_level(h, ctx, ["cpe:/o:centos:centos:7", "cpe:/a:postfix:postfix",
                        "cpe:/a:vsftpd_project:vsftpd:3.0.2"], trace_hops=("203.0.113.1",))
    open_port(h, 21, "ftp", service_text="An FTP server is running on this port.\n")
    h.item(10092, 21, "ftp", "tcp", "The remote FTP banner is :\n\n220 (vsFTPd 3.0.2)\n")
    h.item(10079, 21, "ftp", "tcp",
           "\nThe contents of the remote FTP root are :\npub\nREADME.txt\n")
    h.item(34324, 21, "ftp", "tcp",
           "\nThis FTP server does not support 'AUTH TLS'.\n")
    open_port(h, 25, "smtp", service_text="An SMTP server is running on this port.\n")
    h.item(10263, 25, "smtp", "tcp",
           "Remote SMTP server banner :\n\n220 legacy-mx.example.com ESMTP Postfix\n")
    h.item(54582, 25, "smtp", "tcp",
           "\nHere is the SMTP service's SSL certificate that Nessus was able to\ncollect after sending a 'STARTTLS' command :\n\n"
           "Subject Name: \n\nCommon Name: localhost.localdomain\n")
    tls_bundle(h, 25, "smtp", cn="localhost.localdomain", self_signed=True,
               untrusted=True, tls10=True, tls11=True, sweet32=True,
               wrong_host="legacy-mx.example.com", expired=True,
               not_before="Mar 14 10:02:11 2016 GMT", not_after="Mar 14 10:02:11 2017 GMT")
    ssh_bundle(h, "SSH-2.0-OpenSSH_7.4", weak_cbc=True, weak_mac=True, weak_kex=True)

    return ctx, hosts


# --------------------------------------------------------------------------
# Internal scan
# --------------------------------------------------------------------------

def internal_hosts():
    ctx = {"scan_name": "Example Corp - Internal Networks 2026-11-24",
           "scanner": INTERNAL_SCANNER, "start": INTERNAL_START,
           "vendors": {"00:50:56": "VMware, Inc.", "3C:EC:EF": "Super Micro Computer, Inc.",
                       "00:17:C8": "KYOCERA Display Corporation",
                       "B4:96:91": "Intel Corporate"}}
    hosts = []
    clock = [INTERNAL_START]

    def new(name, ip, minutes=7, **kw):
        h = Host(name, ip, start=clock[0], minutes=minutes, **kw)
        clock[0] = clock[0] + datetime.timedelta(minutes=1, seconds=num(name, 1, 59))
        hosts.append(h)
        return h

    def hops(ip):
        parts = ip.split(".")
        return ("10.0.9.1", "%s.%s.0.1" % (parts[0], parts[1]))

    def cred_note(h):
        h.item(110723, 0, "general", "tcp",
               "\nSSH was detected on port 22 but no credentials were provided.\n"
               "SSH local checks were not enabled.\n")

    # --- jump host, also seen from outside as 203.0.113.30 (merged by name) ---
    h = new("10.40.5.10", "10.40.5.10", fqdn="jump-01.corp.example.com",
            mac=mac_for("10.40.5.10", "00:50:56"), os_name="Linux Kernel 6.1 on Debian 12")
    host_level(h, ctx, ["cpe:/o:debian:debian_linux:12"], trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3", weak_cbc=False)

    # --- payments ------------------------------------------------------------
    h = new("10.20.4.5", "10.20.4.5", fqdn="billing-db.corp.example.com",
            mac=mac_for("10.20.4.5", "00:50:56"), os_name="Linux Kernel 5.15 on Ubuntu 22.04")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:postgresql:postgresql:14"],
               trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=False)
    open_port(h, 5432, "postgresql", service_text=None)
    h.item(26024, 5432, "postgresql", "tcp", None)
    tls_bundle(h, 5432, "postgresql", cn="billing-db.corp.example.com",
               self_signed=True, untrusted=True)
    ntp_bundle(h, mode6=False)

    for n, ip in [(1, "10.20.1.10"), (2, "10.20.1.11")]:
        h = new(ip, ip, fqdn="pay-app-0%d.pay.example.com" % n,
                mac=mac_for(ip, "00:50:56"), os_name="Linux Kernel 5.15 on Ubuntu 22.04")
        host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04",
                            "cpe:/a:apache:tomcat:9.0.31", "cpe:/a:apache:log4j:2.14.1"],
                   trace_hops=hops(ip))
        cred_note(h)
        ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=False)
        http_bundle(h, 8080, "www", "Apache-Coyote/1.1",
                    headers=["Content-Type: text/html;charset=UTF-8"], trace=(n == 2))
        if n == 1:
            h.item(156014, 8080, "www", "tcp",
                   "\nNessus was able to exploit the issue using the following request :\n\n"
                   "------------------------------ snip ------------------------------\n"
                   "GET / HTTP/1.1\nHost: pay-app-01.pay.example.com:8080\n"
                   "User-Agent: ${jndi:ldap://10.0.9.5:1389/nessus}\n"
                   "------------------------------ snip ------------------------------\n\n"
                   "The host issued an LDAP callback to the scanner.\n")

    # --- web-platform --------------------------------------------------------
    for n, ip in [(1, "10.30.0.7"), (2, "10.30.0.8")]:
        h = new(ip, ip, fqdn="web-0%d.corp.example.com" % n,
                mac=mac_for(ip, "00:50:56"), os_name="Linux Kernel 5.15 on Ubuntu 22.04")
        host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:nginx:nginx:1.18.0"],
                   trace_hops=hops(ip))
        cred_note(h)
        ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=(n == 2))
        http_bundle(h, 8443, "www", "nginx/1.18.0 (Ubuntu)", tls=True,
                    trace=(n == 1), hsts_missing=True,
                    headers=["Content-Type: text/html; charset=utf-8"], title="Example Corp")
        # web-01 still serves the public www certificate on its backend port.
        tls_bundle(h, 8443, "www", cn=("www.example.com" if n == 1 else "web-02.corp.example.com"),
                   tls10=(n == 1), self_signed=True, untrusted=True,
                   sweet32=(n == 2), wrong_host=(h.fqdn if n == 1 else None))

    # CMS with the HTML-injection banner (the Server header is attacker-influenced)
    h = new("10.30.0.20", "10.30.0.20", fqdn="cms.corp.example.com",
            mac=mac_for("10.30.0.20", "00:50:56"), os_name="Linux Kernel 4.15 on Ubuntu 18.04 (bionic)")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:18.04", "cpe:/a:apache:http_server:2.4.29",
                        "cpe:/a:php:php:7.2.24"], trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_7.6p1 Ubuntu-4ubuntu0.7", weak_cbc=True, weak_kex=True)
    banner = "Apache/2.4.29 (Ubuntu) <script>alert(\"x\")</script> & 'quotes'"
    http_bundle(h, 80, "www", banner, trace=True, xfo=True,
                headers=["X-Powered-By: PHP/7.2.24-0ubuntu0.18.04.17"],
                robots=["User-agent: *", "Disallow: /wp-admin/"],
                title="Intranet — Actualités")
    h.item(58987, 80, "www", "tcp",
           "\n  Source              : X-Powered-By: PHP/7.2.24-0ubuntu0.18.04.17\n"
           "  Installed version   : 7.2.24-0ubuntu0.18.04.17\n"
           "  End of support date : 2020/11/30\n"
           "  Announcement        : https://www.php.net/eol.php\n"
           "  Supported versions  : 8.3.x / 8.4.x / 8.5.x\n")

    # Mail relay for the web apps
    h = new("10.30.0.25", "10.30.0.25", fqdn="relay.corp.example.com",
            mac=mac_for("10.30.0.25", "00:50:56"), os_name="Linux Kernel 5.15 on Ubuntu 22.04")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:postfix:postfix:3.6.4"],
               trace_hops=hops(h.ip))
    open_port(h, 25, "smtp", service_text="An SMTP server is running on this port.\n")
    h.item(10263, 25, "smtp", "tcp",
           "Remote SMTP server banner :\n\n220 relay.corp.example.com ESMTP Postfix (Ubuntu)\n")
    h.item(54582, 25, "smtp", "tcp",
           "\nHere is the SMTP service's SSL certificate that Nessus was able to\ncollect after sending a 'STARTTLS' command :\n\n"
           "Subject Name: \n\nCommon Name: relay.corp.example.com\n")
    tls_bundle(h, 25, "smtp", cn="relay.corp.example.com", tls10=True, tls11=True)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=False)

    # --- identity: domain controllers ---------------------------------------
    for n, ip in [(1, "10.40.0.10"), (2, "10.40.0.11")]:
        fqdn = "dc0%d.corp.example.com" % n
        # dc02 was given to the scanner by name, not by address.
        h = new(fqdn if n == 2 else ip, ip, fqdn=fqdn, netbios="DC0%d" % n,
                mac=mac_for(ip, "3C:EC:EF"), os_name="Microsoft Windows Server 2019 Standard",
                minutes=11)
        host_level(h, ctx, ["cpe:/o:microsoft:windows_server_2019"], trace_hops=hops(ip))
        dns_bundle(h, "Microsoft DNS 10.0.17763 (4563304F)", open_resolver=True)
        open_port(h, 88, "kerberos", proto="udp")
        open_port(h, 88, "kerberos", service_text=None)
        h.item(43829, 88, "kerberos", "tcp",
               "\nNessus gathered the following information :\n\n  Realm       : CORP.EXAMPLE.COM\n"
               "  Server time : 2026-11-24 %02d:%02d:%02d UTC\n"
               % (h.start.hour, h.start.minute, num("k" + ip, 0, 59)))
        for port, svc in [(389, "ldap"), (3268, "ldap")]:
            open_port(h, port, svc, service_text=None)
            h.item(20870, port, svc, "tcp", None)
            h.item(25701, port, svc, "tcp",
                   "\n[+]-namingContexts:\n|  DC=corp,DC=example,DC=com\n"
                   "|  CN=Configuration,DC=corp,DC=example,DC=com\n"
                   "[+]-dnsHostName:\n|  %s\n[+]-serverName:\n"
                   "|  CN=DC0%d,CN=Servers,CN=Default-First-Site-Name,CN=Sites,CN=Configuration,DC=corp,DC=example,DC=com\n"
                   % (fqdn, n))
        open_port(h, 636, "ldap", service_text=None)
        tls_bundle(h, 636, "ldap", cn=fqdn, tls10=True, tls11=True)
        windows_bundle(h, "CORP", "Windows Server 2019 Standard 17763", smb1=False,
                       signing_not_required=False, rdp=True, nla_missing=(n == 2))
        open_port(h, 123, "ntp", proto="udp")
        h.item(10884, 123, "ntp", "udp", "\n  Version : unknown\n")

    # Legacy file server: MS17-010 and open shares
    h = new("10.40.2.30", "10.40.2.30", fqdn="fs-legacy.corp.example.com", netbios="FS-LEGACY",
            mac=mac_for("10.40.2.30", "B4:96:91"),
            os_name="Microsoft Windows Server 2008 R2 Standard Service Pack 1", minutes=9)
    host_level(h, ctx, ["cpe:/o:microsoft:windows_server_2008:r2:sp1"], trace_hops=hops(h.ip))
    windows_bundle(h, "CORP", "Windows Server 2008 R2 Standard 7601 Service Pack 1",
                   smb1=True, signing_not_required=True, rdp=True, nla_missing=True,
                   ms17=True, unsupported=True,
                   shares=[("public", True, [".", "..", "Scans", "Templates", "Ablage – alt"]),
                           ("IT$", False, [".", "..", "installers", "passwords-old.xlsx"])],
                   dynamic_rpc=(49152, 49153, 49155))

    # --- data ----------------------------------------------------------------
    h = new("10.50.0.10", "10.50.0.10", fqdn="db-mysql-01.corp.example.com",
            mac=mac_for("10.50.0.10", "00:50:56"), os_name="Linux Kernel 5.14 on Red Hat Enterprise Linux 9.4")
    host_level(h, ctx, ["cpe:/o:redhat:enterprise_linux:9", "cpe:/a:mysql:mysql:8.0.36"],
               trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.7", weak_cbc=False, terrapin=True)
    open_port(h, 3306, "mysql", service_text=None)
    h.item(10719, 3306, "mysql", "tcp", "\n  Version  : 8.0.36\n  Protocol : 10\n  Server Status : SERVER_STATUS_AUTOCOMMIT\n")
    tls_bundle(h, 3306, "mysql", cn="MySQL_Server_8.0.36_Auto_Generated_Server_Certificate",
               self_signed=True, untrusted=True, tls11=True)

    h = new("10.50.0.11", "10.50.0.11", fqdn="db-pg-01.corp.example.com",
            mac=mac_for("10.50.0.11", "00:50:56"), os_name="Linux Kernel 5.15 on Ubuntu 22.04")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:postgresql:postgresql:15"],
               trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=False)
    open_port(h, 5432, "postgresql", service_text=None)
    h.item(26024, 5432, "postgresql", "tcp", None)
    tls_bundle(h, 5432, "postgresql", cn="db-pg-01.corp.example.com", self_signed=True, untrusted=True)

    h = new("10.50.0.12", "10.50.0.12", fqdn="db-mssql-01.corp.example.com", netbios="DB-MSSQL-01",
            mac=mac_for("10.50.0.12", "00:50:56"),
            os_name="Microsoft Windows Server 2008 R2 Enterprise Service Pack 1", minutes=10)
    host_level(h, ctx, ["cpe:/o:microsoft:windows_server_2008:r2:sp1",
                        "cpe:/a:microsoft:sql_server:2008_r2"], trace_hops=hops(h.ip))
    open_port(h, 1433, "mssql", service_text=None)
    h.item(10144, 1433, "mssql", "tcp",
           "\nThe remote SQL Server version is 10.50.6000.34.\n")
    h.item(73756, 1433, "mssql", "tcp",
           "\n  SQL Server Version   : 10.50.6000.34 Service Pack 3\n"
           "  SQL Server Edition   : Standard\n"
           "  Supported versions   : 2016 / 2017 / 2019 / 2022 / 2025\n")
    open_port(h, 1434, "mssql", proto="udp")
    h.item(10674, 1434, "mssql", "udp",
           "\nA 'ping' request returned the following information about the remote\nSQL instance :\n\n"
           "  ServerName   : DB-MSSQL-01\n  InstanceName : MSSQLSERVER\n  IsClustered  : No\n"
           "  Version      : 10.50.6000.34\n  tcp          : 1433\n")
    windows_bundle(h, "CORP", "Windows Server 2008 R2 Enterprise 7601 Service Pack 1",
                   smb1=True, signing_not_required=True, rdp=True, nla_missing=True,
                   ms17=True, unsupported=True, dynamic_rpc=(49152, 49154))

    h = new("10.50.0.13", "10.50.0.13", fqdn="cache-redis-01.corp.example.com",
            mac=mac_for("10.50.0.13", "00:50:56"), os_name="Linux Kernel 5.10 on Debian 11 (bullseye)")
    host_level(h, ctx, ["cpe:/o:debian:debian_linux:11", "cpe:/a:redis:redis:6.0.16"],
               trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.4p1 Debian-5+deb11u3", weak_cbc=False)
    open_port(h, 6379, "redis_server", service_text="A Redis server is running on this port.\n")
    h.item(100634, 6379, "redis_server", "tcp",
           "\nNessus was able to run the 'INFO' command without authentication :\n\n"
           "  redis_version:6.0.16\n  redis_mode:standalone\n  os:Linux 5.10.0-28-amd64 x86_64\n"
           "  connected_clients:42\n  role:master\n")

    h = new("10.50.0.14", "10.50.0.14", fqdn="search-es-01.corp.example.com",
            mac=mac_for("10.50.0.14", "00:50:56"), os_name="Linux Kernel 5.15 on Ubuntu 22.04")
    host_level(h, ctx, ["cpe:/o:canonical:ubuntu_linux:22.04", "cpe:/a:elastic:elasticsearch:7.10.2"],
               trace_hops=hops(h.ip))
    cred_note(h)
    ssh_bundle(h, "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10", weak_cbc=False)
    open_port(h, 9200, "www", service_text="A web server is running on this port.\n")
    h.item(24260, 9200, "www", "tcp",
           "\nResponse Code : HTTP/1.1 200 OK\n\nProtocol version : HTTP/1.1\nSSL : no\n"
           "Keep-Alive : no\nHeaders :\n\n  content-type: application/json; charset=UTF-8\n\n"
           "Response Body :\n\n{\n  \"name\" : \"search-es-01\",\n  \"cluster_name\" : \"example-search\",\n"
           "  \"version\" : { \"number\" : \"7.10.2\" },\n  \"tagline\" : \"You Know, for Search\"\n}\n")
    h.item(101025, 9200, "www", "tcp",
           "\nNessus was able to list the indices without credentials :\n\n"
           "  GET /_cat/indices\n\n  green open customers-2026.11  5 1 184233 0 1.2gb\n"
           "  green open orders-2026.11     5 1 902114 0 3.4gb\n")
    open_port(h, 9300, "unknown", service_text=None)

    # --- Unassigned: a printer nobody registered ----------------------------
    h = new("10.99.0.5", "10.99.0.5", mac=mac_for("10.99.0.5", "00:17:C8"),
            os_name="KYOCERA Printer", device="printer")
    host_level(h, ctx, ["cpe:/h:kyocera:ecosys_m3655idn"], timestamps=False,
               trace_hops=("10.0.9.1",))
    open_port(h, 8000, "www?", identified=False)
    h.item(10107, 8000, "www?", "tcp", "The remote web server type is :\n\nKM-MFP-http/V0.0.1\n")
    open_port(h, 9100, "jetdirect?", identified=False)
    open_port(h, 443, "www", service_text="A TLS server answered on this port.\n")
    tls_bundle(h, 443, "www", cn="KM3655idn", self_signed=True, untrusted=True,
               tls10=True, tls11=True, sweet32=True, rc4=True,
               not_before="Jun 01 00:00:00 2019 GMT", not_after="Jun 01 00:00:00 2039 GMT")
    snmp_bundle(h, "KYOCERA Document Solutions Printing System",
                "2nd floor — copy room", "", public=True)

    return ctx, hosts


# --------------------------------------------------------------------------

def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    results = []
    for fname, builder, report_name, policy in [
            ("example-corp-external.nessus", external_hosts,
             "Example Corp - External Perimeter 2026-11-24", "Example Corp External Weekly"),
            ("example-corp-internal.nessus", internal_hosts,
             "Example Corp - Internal Networks 2026-11-24", "Example Corp Internal Weekly")]:
        ctx, hosts = builder()
        targets = ",".join(h.name for h in hosts)
        text = render_report(report_name, hosts, policy, targets)
        path = os.path.join(OUT_DIR, fname)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        results.append((fname, len(hosts), sum(len(h.items) for h in hosts)))
    for fname, nh, ni in results:
        print("%s: %d hosts, %d ReportItems" % (fname, nh, ni))


if __name__ == "__main__":
    main()
